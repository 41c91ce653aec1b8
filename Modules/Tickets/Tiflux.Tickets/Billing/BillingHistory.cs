using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Billing;

/// <summary>
/// One history row per ticket whose items a billing marked or freed, written by one INSERT … SELECT in the caller's
/// transaction (an automatic run marks thousands of items; this costs one statement). The row names the billing by id.
/// </summary>
internal static class BillingHistory
{
    public static Task<int> RecordAsync(TicketsDbContext db, Guid billingId, bool reversed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var area = (int)HistoryArea.Billing;
        var operation = (int)HistoryOperation.Updated;
        var action = reversed ? "Ticket items billing was reversed" : "Ticket items were billed";
        var what = reversed ? "Faturamento estornado; itens liberados: " : "Itens faturados: ";
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO tickets.ticket_history (id, ticket_id, at, user_id, user_name, what, area, operation, action, subject_id, changes)
            SELECT gen_random_uuid(), items.ticket_id, {at}, NULL, {TicketHistory.SystemName}, {what} || count(*) || '.', {area}, {operation}, {action}, {billingId}, '[]'::jsonb
            FROM (SELECT ticket_id FROM tickets.time_entries WHERE billed_in_billing_id = {billingId} OR travel_billed_in_billing_id = {billingId}
                  UNION ALL SELECT ticket_id FROM tickets.extra_valuations WHERE billed_in_billing_id = {billingId}) items
            GROUP BY items.ticket_id
            """,
            cancellationToken);
    }
}
