using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.Checklists;
using Tiflux.Tickets.Outbox;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// Closes a ticket. On a desk whose review includes the requester, the requester is asked (by e-mail, through the
/// outbox in the same transaction) to review it in the portal before the deadline, after which it is auto-reviewed.
/// </summary>
internal sealed class CloseTicket(TicketsDbContext db, TicketTransition transition, TicketsOutboxKick outbox, TimeProvider time)
{
    public async Task<Result> HandleAsync(int number, ActorDto actor, CancellationToken cancellationToken)
    {
        var asked = false;
        var result = await transition.ApplyAsync(number, actor, "Ticket was closed", async (ticket, desk) =>
        {
            if (TicketCatalogItemRule.CheckClose(ticket, desk) is { } itemMissing)
            {
                return (Result.Failure(itemMissing), "");
            }

            var timerRunning = await db.Timers.AnyAsync(t => t.TicketId == ticket.Id, cancellationToken);
            var now = time.GetUtcNow();
            var result = await ChecklistsBlockClose.CheckAsync(db, ticket, cancellationToken) ?? TicketTransitions.Close(ticket, desk, timerRunning, now);
            if (result.IsSuccess && ticket.State == TicketState.AwaitingReview && desk.ReviewerKind != ReviewerKind.PermissionedUsers
                && !string.IsNullOrWhiteSpace(ticket.RequesterEmail) && ticket.ReviewDueAt is { } deadline)
            {
                db.Outbox.Add(OutboxMessages.From(TicketsEventTypes.AwaitingReview, new TicketAwaitingReview(
                    Guid.CreateVersion7(), now, ticket.Number, ticket.Title, ticket.RequesterName, ticket.RequesterEmail, deadline)));
                asked = true;
            }

            return (result, ticket.State == TicketState.AwaitingReview ? "Ticket fechado; aguardando revisão." : "Ticket fechado e revisado (mesa sem revisão).");
        }, cancellationToken);
        if (asked)
        {
            outbox.AfterCommit();
        }

        return result;
    }
}
