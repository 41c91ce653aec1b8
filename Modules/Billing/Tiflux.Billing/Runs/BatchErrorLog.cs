using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// The open batch errors of some contracts, loaded once; a failed cycle records (or refreshes) its error, a billed one
/// resolves it. Changes are tracked and saved with the caller's transaction.
/// </summary>
internal sealed class BatchErrorLog
{
    private readonly BillingDbContext _db;
    private readonly Dictionary<(Guid, int), BatchError> _open;

    private BatchErrorLog(BillingDbContext db, Dictionary<(Guid, int), BatchError> open)
    {
        _db = db;
        _open = open;
    }

    public static async Task<BatchErrorLog> LoadAsync(BillingDbContext db, IReadOnlyCollection<Guid> contractIds, CancellationToken cancellationToken)
    {
        var open = await db.BatchErrors.Where(e => e.Status == BatchErrorStatus.Open && contractIds.Contains(e.ContractId)).ToListAsync(cancellationToken);
        return new BatchErrorLog(db, open.ToDictionary(e => (e.ContractId, e.CycleIndex)));
    }

    public void Record(Guid runId, PlannedCycleDto cycle, string reason, DateTimeOffset now)
    {
        if (_open.TryGetValue((cycle.ContractId, cycle.CycleIndex), out var existing))
        {
            existing.RunId = runId;
            existing.Reason = reason;
            existing.OccurredAt = now;
            return;
        }

        var error = new BatchError
        {
            RunId = runId,
            ContractId = cycle.ContractId,
            ContractName = cycle.ContractName,
            CycleIndex = cycle.CycleIndex,
            ClientId = cycle.ClientId,
            ClientName = cycle.ClientName,
            Reason = reason,
            OccurredAt = now,
        };
        _open[(cycle.ContractId, cycle.CycleIndex)] = error;
        _db.BatchErrors.Add(error);
    }

    public void Resolve(PlannedCycleDto cycle)
    {
        if (_open.Remove((cycle.ContractId, cycle.CycleIndex), out var error))
        {
            error.Status = BatchErrorStatus.Resolved;
            error.ResolvedBy = BillPlannedCycle.Actor;
        }
    }
}
