using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Billing;

/// <summary>
/// Billing marks items with conditional UPDATEs (… WHERE billed_in_billing_id IS NULL) in one transaction and checks every
/// affected-row count, so an item can be billed at most once even when two billings race (the loser's UPDATE matches no row).
/// </summary>
internal sealed class MarkBilled(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(MarkBilledRequest request, CancellationToken cancellationToken)
    {
        if (request.Items.Count == 0)
        {
            return Result.Failure(Error.Validation("Items", "Nenhum item para faturar."));
        }

        if (request.Items.Distinct().Count() != request.Items.Count)
        {
            return Result.Failure(Error.Validation("Items", "O mesmo item aparece duas vezes."));
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var item in request.Items)
            {
                if (await MarkOneAsync(item, request.BillingId, cancellationToken) != 1)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return Result.Failure(Error.Conflict(
                        $"O item {Describe(item.Kind)} {item.Id} já foi faturado, não existe ou não pertence a um ticket revisado. Nada foi marcado."));
                }
            }

            await BillingHistory.RecordAsync(db, request.BillingId, reversed: false, time.GetUtcNow(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result.Success();
        });
    }

    private Task<int> MarkOneAsync(BillableItemRefDto item, Guid billingId, CancellationToken cancellationToken)
    {
        var reviewed = db.Tickets.Where(t => t.State == TicketState.Reviewed).Select(t => t.Id);
        return item.Kind switch
        {
            BillableItemKind.TimeEntry => db.TimeEntries
                .Where(e => e.Id == item.Id && e.Kind == EntryKind.Standalone && e.BilledInBillingId == null && reviewed.Contains(e.TicketId))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.BilledInBillingId, billingId), cancellationToken),
            BillableItemKind.Travel => db.TimeEntries
                .Where(e => e.Id == item.Id && e.TravelId != null && e.RideAlongTicketNumber == null
                    && e.TravelBilledInBillingId == null && reviewed.Contains(e.TicketId))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.TravelBilledInBillingId, billingId), cancellationToken),
            BillableItemKind.Extra => db.Extras
                .Where(e => e.Id == item.Id && e.BilledInBillingId == null && reviewed.Contains(e.TicketId))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.BilledInBillingId, billingId), cancellationToken),
            _ => Task.FromResult(0),
        };
    }

    private static string Describe(BillableItemKind kind) => kind switch
    {
        BillableItemKind.TimeEntry => "apontamento",
        BillableItemKind.Travel => "deslocamento",
        _ => "valorização extra",
    };
}
