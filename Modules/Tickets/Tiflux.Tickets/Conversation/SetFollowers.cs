using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.History;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>Replaces a ticket's followers (<see cref="TicketFollowers"/> rules) and records the change.</summary>
internal sealed class SetFollowers(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int ticketNumber, IReadOnlyList<string> emails, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(ticketNumber));
        }

        var followers = TicketFollowers.Normalize(emails, ticket.RequesterEmail);
        if (!followers.IsSuccess)
        {
            return Result.Failure(followers.Errors);
        }

        var changes = new List<FieldChangeDto>();
        HistoryChanges.Track(changes, "followers", "Seguidores", string.Join(", ", ticket.Followers), string.Join(", ", followers.Value));
        if (changes.Count == 0)
        {
            return Result.Success();
        }

        ticket.Followers = followers.Value;
        db.History.Add(ticket.Record(time.GetUtcNow(), actor, HistoryArea.Ticket, HistoryOperation.Updated, "Ticket was updated",
            HistoryChanges.Sentence(changes)).With(changes));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
