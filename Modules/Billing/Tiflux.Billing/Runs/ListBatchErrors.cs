using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>The automatic runs' batch errors, open ones first.</summary>
internal sealed class ListBatchErrors(BillingDbContext db)
{
    public async Task<IReadOnlyList<BatchErrorDto>> HandleAsync(bool includeResolved, CancellationToken cancellationToken)
    {
        var query = db.BatchErrors.AsNoTracking();
        if (!includeResolved)
        {
            query = query.Where(e => e.Status == BatchErrorStatus.Open);
        }

        return [.. (await query.OrderBy(e => e.Status).ThenByDescending(e => e.OccurredAt).ToListAsync(cancellationToken))
            .Select(e => new BatchErrorDto(e.Id, e.ContractId, e.ContractName, e.CycleIndex, e.ClientId, e.ClientName, e.Reason, e.OccurredAt, StatusName(e.Status), e.ResolvedBy))];
    }

    private static string StatusName(BatchErrorStatus status) => status switch
    {
        BatchErrorStatus.Open => "Aberto",
        BatchErrorStatus.Resolved => "Resolvido",
        _ => "Ignorado neste ciclo",
    };
}
