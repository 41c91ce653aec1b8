using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Extras;

internal sealed class DeleteExtra(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int ticketNumber, Guid extraId, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        var extra = ticket is null ? null
            : await db.Extras.SingleOrDefaultAsync(e => e.Id == extraId && e.TicketId == ticket.Id, cancellationToken);
        if (ticket is null || extra is null)
        {
            return Result.Failure(Error.NotFound("Valorização extra não encontrada."));
        }

        if (extra.BilledInBillingId is not null)
        {
            return Result.Failure(TicketErrors.ExtraBilled);
        }

        if (ticket.State is TicketState.Reviewed or TicketState.Cancelled)
        {
            return Result.Failure(Error.Conflict("Não é possível alterar a valorização de um ticket revisado ou cancelado."));
        }

        db.Extras.Remove(extra);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor, HistoryArea.Valuation, HistoryOperation.Deleted, "Extra valuation deleted", $"Valorização extra excluída: {extra.ExpenseName}.").About(extra.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
