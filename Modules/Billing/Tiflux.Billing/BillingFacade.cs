using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing;

internal sealed class BillingFacade(BillingDbContext db, PendingBillingEngine engine) : IBillingModule
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public async Task<IReadOnlyList<PendingLineDto>> GetPendingLinesAsync(PendingRequest request, CancellationToken cancellationToken) =>
        (await engine.ComputeAsync(request, cancellationToken)).Lines;

    public async Task<IReadOnlyList<PendingClientSummary>> GetPendingTotalsAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        var lines = (await engine.ComputeAsync(request, cancellationToken)).Lines;
        return [.. lines
            .GroupBy(l => (l.ClientId, l.ClientName))
            .Select(g => new PendingClientSummary(
                g.Key.ClientId,
                g.Key.ClientName,
                g.Where(l => l.IsContractLine && l.Billable).Sum(l => l.Amount),
                g.Where(l => !l.IsContractLine && l.Billable).Sum(l => l.Amount),
                g.Where(l => l.DueDate is not null).Select(l => l.DueDate).Min(),
                g.Count(),
                [.. g.Where(l => l.Kind == PendingLineKind.ContractProblem).Select(l => l.Description)]))
            .OrderBy(s => s.ClientName, StringComparer.Ordinal)];
    }
}
