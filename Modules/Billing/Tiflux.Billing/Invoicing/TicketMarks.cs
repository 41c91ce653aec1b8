using Microsoft.EntityFrameworkCore.Storage;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// The last step of every billing write: the billings' items are marked billed in Tickets while Billing's transaction is
/// still open, then that transaction commits. Marks are released when Tickets refuses one (an item billed meanwhile)
/// or when the commit fails, so a failure on either side leaves nothing behind; a crash between the two commits is left
/// to <see cref="ReconcileBilledMarks"/>.
/// </summary>
internal static class TicketMarks
{
    /// <summary>True once committed; false, with nothing committed and no mark kept, when Tickets refused an item.</summary>
    public static async Task<bool> MarkAndCommitAsync(
        ITicketBilling tickets, IDbContextTransaction transaction, IEnumerable<MarkBilledRequest> marks, CancellationToken cancellationToken)
    {
        var marked = new List<Guid>();
        try
        {
            foreach (var mark in marks.Where(m => m.Items.Count > 0))
            {
                if (!(await tickets.MarkBilledAsync(mark, cancellationToken)).IsSuccess)
                {
                    await ReleaseAsync(tickets, marked);
                    marked.Clear();
                    return false;
                }

                marked.Add(mark.BillingId);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch
        {
            await ReleaseAsync(tickets, marked);
            throw;
        }
    }

    private static async Task ReleaseAsync(ITicketBilling tickets, List<Guid> billingIds)
    {
        foreach (var billingId in billingIds)
        {
            await tickets.UnmarkBilledAsync(billingId, CancellationToken.None);
        }
    }
}
