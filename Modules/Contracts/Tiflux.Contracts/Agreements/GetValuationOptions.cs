using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>What a time entry of the client on the date can be valued with: riders in force, standalone services and travels.</summary>
internal sealed class GetValuationOptions(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<ValuationOptionsDto> HandleAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken)
    {
        var contracts = await ContractQueries.WithRiders(db)
            .Where(c => c.ClientId == clientId || c.SharedMemberClientIds.Contains(clientId))
            .ToListAsync(cancellationToken);
        var riders = contracts
            .Where(c => c.StartDate <= date && (c.LastDay() is null || date <= c.LastDay()))
            .Where(c => c.PermitEntriesWhilePendingAdjustment || c.StatusOn(Today) != ContractStatus.PendingAdjustment)
            .SelectMany(c => c.Riders.Where(r => r.IsInForceOn(date)).Select(r => r.ToDto(c)))
            .OrderBy(r => r.ContractName)
            .ToList();
        var services = await db.StandaloneServices.AsNoTracking()
            .Where(s => s.Active && (s.ClientId == null || s.ClientId == clientId))
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var contractIds = contracts.Select(c => c.Id).ToList();
        var travels = await db.Travels.AsNoTracking()
            .Where(t => t.Active && (t.Scope == TravelScope.All
                || (t.Scope == TravelScope.Client && t.ClientId == clientId)
                || (t.Scope == TravelScope.Contract && contractIds.Contains(t.ContractId!.Value))))
            .OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return new ValuationOptionsDto(riders, [.. services.Select(s => s.ToDto())], [.. travels.Select(t => t.ToDto())]);
    }
}
