using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>Contracts, neither cancelled nor expired, whose next price adjustment falls in the month.</summary>
internal sealed class ListAdjustmentsDue(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<IReadOnlyList<AdjustmentCandidateDto>> HandleAsync(int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Riders).ThenInclude(r => r.Items)
            .Where(c => c.NextAdjustmentDate >= first && c.NextAdjustmentDate <= last)
            .OrderBy(c => c.NextAdjustmentDate).ThenBy(c => c.Number)
            .ToListAsync(cancellationToken);
        var clientIds = contracts.Select(c => c.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. contracts
            .Where(c => c.StatusOn(Today) is not (ContractStatus.Cancelled or ContractStatus.Expired))
            .Select(c => Candidate(c, clients.GetValueOrDefault(c.ClientId, "?"), Today))];
    }

    /// <summary>A contract as a candidate for adjustment (also a row of the Reajuste de contrato report).</summary>
    public static AdjustmentCandidateDto Candidate(Contract c, string clientName, DateOnly today) =>
        new(c.Id, c.Number, c.Name, clientName, c.Modality, c.StatusOn(today),
            c.NextAdjustmentDate!.Value, c.LatestRider is { } r ? ListContracts.RiderValue(r, c.Modality) : 0m)
        {
            ClientId = c.ClientId,
        };
}
