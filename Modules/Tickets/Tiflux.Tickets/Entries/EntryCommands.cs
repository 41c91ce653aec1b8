using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>Deleting entries and starting or discarding timers.</summary>
internal sealed class EntryCommands(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> DeleteAsync(int ticketNumber, Guid entryId, ActorDto actor, CancellationToken cancellationToken)
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
        db.History.Add(ticket.Record(time.GetUtcNow(), actor.UserId, actor.Name, string.Create(
            CultureInfo.GetCultureInfo("pt-BR"),
            $"Apontamento excluído: {entry.Date:dd/MM/yyyy} {entry.Start:HH\\:mm}–{entry.End:HH\\:mm} ({entry.TechnicianName}).")));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result<Guid>> StartTimerAsync(int ticketNumber, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(ticketNumber);
        }

        if (ticket.State != TicketState.Open)
        {
            return TicketErrors.NotOpen;
        }

        if (await db.Timers.AnyAsync(t => t.TicketId == ticket.Id && t.TechnicianId == actor.UserId, cancellationToken))
        {
            return Error.Conflict("Você já tem um cronômetro em andamento neste ticket.");
        }

        var now = time.GetUtcNow();
        var timer = new PreTimeEntry { TicketId = ticket.Id, TechnicianId = actor.UserId, TechnicianName = actor.Name, StartedAt = now };
        db.Timers.Add(timer);
        db.History.Add(ticket.Record(now, actor.UserId, actor.Name, "Cronômetro iniciado."));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(timer.Id);
    }

    public async Task<Result> DiscardTimerAsync(int ticketNumber, Guid timerId, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        var timer = ticket is null ? null
            : await db.Timers.SingleOrDefaultAsync(t => t.Id == timerId && t.TicketId == ticket.Id, cancellationToken);
        if (ticket is null || timer is null)
        {
            return Result.Failure(Error.NotFound("Cronômetro não encontrado."));
        }

        db.Timers.Remove(timer);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor.UserId, actor.Name, $"Cronômetro de {timer.TechnicianName} descartado."));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
