using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

internal sealed class DeleteTimeEntry(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int ticketNumber, Guid entryId, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        var entry = ticket is null ? null
            : await db.TimeEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.TicketId == ticket.Id, cancellationToken);
        if (ticket is null || entry is null)
        {
            return Result.Failure(Error.NotFound("Apontamento não encontrado."));
        }

        if (entry.IsLocked)
        {
            return Result.Failure(TicketErrors.EntryBilled);
        }

        if (ticket.State != TicketState.Open)
        {
            return Result.Failure(Error.Conflict("Só é possível excluir apontamentos de tickets abertos."));
        }

        db.TimeEntries.Remove(entry);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor, HistoryArea.Appointment, HistoryOperation.Deleted, "Appointment deleted", string.Create(
            CultureInfo.GetCultureInfo("pt-BR"),
            $"Apontamento excluído: {entry.Date:dd/MM/yyyy} {entry.Start:HH\\:mm}–{entry.End:HH\\:mm} ({entry.TechnicianName}).")).About(entry.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
