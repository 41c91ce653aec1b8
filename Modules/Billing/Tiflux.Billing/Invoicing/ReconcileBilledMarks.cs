using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// Billing owns "billed"; Tickets keeps a mark on each billed item (to lock it) that is written in Tickets' own
/// transaction. A crash between the two commits leaves them disagreeing, at the granularity of a whole billing (marks
/// are written and released per billing, all or nothing). This sweep, under <see cref="BillingWriteLock"/>, makes
/// Tickets agree with Billing: marks of a billing that is not active are released; an active billing whose items carry
/// no mark gets them back. Idempotent: a second run finds nothing to do.
/// </summary>
internal sealed partial class ReconcileBilledMarks(BillingDbContext db, ITicketBilling tickets, ILogger<ReconcileBilledMarks> log)
{
    public const string RecurringId = "billing.reconcile-marks";

    private static readonly PendingLineKind[] ItemKinds = [PendingLineKind.StandaloneEntry, PendingLineKind.Travel, PendingLineKind.Extra];

    public async Task<BilledMarksReconciled> HandleAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BillingWriteLock.AcquireAsync(db, cancellationToken);
        var marked = (await tickets.GetBillingIdsWithBilledItemsAsync(cancellationToken)).ToHashSet();
        var active = await db.BillingLines.AsNoTracking()
            .Where(l => l.Active && ItemKinds.Contains(l.Kind) && l.SourceId != null)
            .Select(l => l.BillingId).Distinct().ToListAsync(cancellationToken);

        var released = 0;
        foreach (var orphan in marked.Except(active))
        {
            released += await tickets.UnmarkBilledAsync(orphan, cancellationToken);
            LogReleased(log, orphan);
        }

        var restored = 0;
        var failed = 0;
        foreach (var billingId in active.Except(marked))
        {
            var items = await db.BillingLines.AsNoTracking()
                .Where(l => l.BillingId == billingId && l.Active && ItemKinds.Contains(l.Kind) && l.SourceId != null)
                .Select(l => new { l.Kind, l.SourceId }).ToListAsync(cancellationToken);
            var refs = items.Select(i => new BillableItemRefDto(ItemKindOf(i.Kind), i.SourceId!.Value)).ToList();
            var result = await tickets.MarkBilledAsync(new MarkBilledRequest(billingId, refs), cancellationToken);
            if (result.IsSuccess)
            {
                restored += refs.Count;
                LogRestored(log, billingId, refs.Count);
            }
            else
            {
                failed++;
                LogUnmarkable(log, billingId, result.Errors[0].Message);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new BilledMarksReconciled(released, restored, failed);
    }

    [LoggerMessage(LogLevel.Warning, "Billed marks of billing {BillingId} released: the billing does not exist or was reversed.")]
    private static partial void LogReleased(ILogger logger, Guid billingId);

    [LoggerMessage(LogLevel.Warning, "Billed marks of billing {BillingId} restored on {Count} item(s).")]
    private static partial void LogRestored(ILogger logger, Guid billingId, int count);

    [LoggerMessage(LogLevel.Error, "Billing {BillingId} is active but its items cannot be marked billed: {Reason}")]
    private static partial void LogUnmarkable(ILogger logger, Guid billingId, string reason);

    public static BillableItemKind ItemKindOf(PendingLineKind kind) => kind switch
    {
        PendingLineKind.StandaloneEntry => BillableItemKind.TimeEntry,
        PendingLineKind.Travel => BillableItemKind.Travel,
        _ => BillableItemKind.Extra,
    };
}
