using Tiflux.SharedKernel;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class ReopenTicket(TicketsDbContext db, TicketTransition transition)
{
    public Task<Result> HandleAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        transition.ApplyAsync(number, actor, "Ticket was reopened", async (ticket, desk) =>
        {
            var billed = await BilledItems.AnyForTicketAsync(db, ticket.Id, cancellationToken);
            var result = TicketTransitions.CanReopen(ticket, desk, billed);
            if (result.IsSuccess)
            {
                TicketTransitions.Reopen(ticket, desk);
            }

            return (result, string.IsNullOrWhiteSpace(reason) ? "Ticket reaberto." : $"Ticket reaberto: {reason.Trim()}");
        }, cancellationToken);
}
