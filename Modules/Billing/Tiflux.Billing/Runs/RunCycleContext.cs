using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>What judging a run's cycles needs besides the pending lines: the contracts with automatic billing among some
/// contracts, their clients, and the cycles people chose to ignore.</summary>
internal sealed class RunCycleContext(IContractsModule contracts, BillingDbContext db)
{
    internal sealed record Loaded(
        IReadOnlyDictionary<Guid, ContractTermsDto> Automatic,
        IReadOnlyDictionary<Guid, ClientSummary> Clients,
        IReadOnlySet<(Guid ContractId, int CycleIndex)> Ignored)
    {
        public List<Guid> ClientIds => [.. Automatic.Values.Select(t => t.ClientId).Distinct()];
    }

    public async Task<Loaded> LoadAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken cancellationToken)
    {
        if (contractIds.Count == 0)
        {
            return new Loaded(new Dictionary<Guid, ContractTermsDto>(), new Dictionary<Guid, ClientSummary>(), new HashSet<(Guid, int)>());
        }

        var automatic = (await contracts.GetContractTermsAsync(new ContractTermsRequest(null, [.. contractIds]), cancellationToken))
            .Where(t => t.AutomaticBilling)
            .ToDictionary(t => t.Id);
        var clientIds = automatic.Values.Select(t => t.ClientId).Distinct().ToList();
        var clients = clientIds.Count == 0 ? [] : (await contracts.GetClientsAsync(clientIds, cancellationToken)).ToDictionary(c => c.Id);
        var ids = automatic.Keys.ToList();
        var ignored = (await db.BatchErrors.AsNoTracking().Where(e => e.Status == BatchErrorStatus.Ignored && ids.Contains(e.ContractId))
            .Select(e => new { e.ContractId, e.CycleIndex }).ToListAsync(cancellationToken))
            .Select(e => (e.ContractId, e.CycleIndex)).ToHashSet();
        return new Loaded(automatic, clients, ignored);
    }
}
