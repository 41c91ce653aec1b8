using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// Parent and child tickets (ticket_reference): the parent is a ticket of the same client, and there is one level only
/// (a parent cannot itself be a child, and a ticket with children cannot get a parent).
/// </summary>
internal static class TicketParent
{
    public const string Field = "ParentNumber";

    /// <summary>The parent ticket for <paramref name="parentNumber"/> (null number = no parent), or why it cannot be.</summary>
    public static async Task<Result<Ticket?>> ResolveAsync(TicketsDbContext db, Ticket child, int? parentNumber, CancellationToken cancellationToken)
    {
        if (parentNumber is not { } number)
        {
            return Result<Ticket?>.Success(null);
        }

        var parent = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (parent is null || parent.ClientId != child.ClientId)
        {
            return Error.Validation(Field, $"Ticket pai #{number} não encontrado entre os tickets deste cliente.");
        }

        if (parent.Id == child.Id)
        {
            return Error.Validation(Field, "Um ticket não pode ser pai de si mesmo.");
        }

        if (parent.ParentTicketId is not null)
        {
            return Error.Validation(Field, $"O ticket #{number} já é filho de outro ticket; só há um nível de tickets filhos.");
        }

        if (await db.Tickets.AnyAsync(t => t.ParentTicketId == child.Id, cancellationToken))
        {
            return Error.Validation(Field, "Este ticket tem tickets filhos e por isso não pode ter um ticket pai.");
        }

        return Result<Ticket?>.Success(parent);
    }
}
