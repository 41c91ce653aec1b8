using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Entries;

internal sealed class SaveTimeEntry(TicketsDbContext db, IContractsModule contracts, TicketSlaClock sla, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(SaveTimeEntryRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.TicketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(request.TicketNumber);
        }

        var (entry, refusal) = await EditableEntryAsync(ticket, request.EntryId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (ticket.State != TicketState.Open)
        {
            return Error.Conflict("Só é possível apontar em tickets abertos.");
        }

        var desk = await db.Desks.SingleAsync(d => d.Id == ticket.DeskId, cancellationToken);
        if (desk.ValuationMode == DeskValuationMode.WithoutEntries)
        {
            return Error.Conflict("Esta mesa de serviço não aceita apontamentos.");
        }

        var minutes = EntryTimeRules.Minutes(request.Start, request.End);
        var errors = await ValidateTimeAsync(request, actor, cancellationToken);
        var valuation = desk.ValuationMode == DeskValuationMode.WithValuation
            ? await ValueAsync(ticket, request, minutes, errors, cancellationToken)
            : EntryValuation.None;
        var timer = await TimerAsync(ticket, request.FromTimerId, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var now = time.GetUtcNow();
        if (entry is null)
        {
            entry = new TimeEntry { TicketId = ticket.Id, CreatedAt = now };
            db.TimeEntries.Add(entry);
        }

        Write(entry, request, minutes, valuation);
        await sla.AttendAsync(ticket, now, actor, cancellationToken);
        if (timer is not null)
        {
            db.Timers.Remove(timer);
        }

        var verb = request.EntryId is null ? "adicionado" : "alterado";
        db.History.Add(ticket.Record(now, actor, HistoryArea.Appointment, request.EntryId is null ? HistoryOperation.Created : HistoryOperation.Updated, request.EntryId is null ? "Appointment created" : "Appointment updated", string.Create(
            CultureInfo.GetCultureInfo("pt-BR"),
            $"Apontamento {verb}: {request.Date:dd/MM/yyyy} {request.Start:HH\\:mm}–{request.End:HH\\:mm} ({request.TechnicianName}).")).About(entry.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(entry.Id);
    }

    /// <summary>The entry being edited (none when adding), or why it cannot be edited.</summary>
    private async Task<(TimeEntry? Entry, Error? Refusal)> EditableEntryAsync(Ticket ticket, Guid? entryId, CancellationToken cancellationToken)
    {
        if (entryId is null)
        {
            return (null, null);
        }

        var entry = await db.TimeEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.TicketId == ticket.Id, cancellationToken);
        if (entry is null)
        {
            return (null, Error.NotFound("Apontamento não encontrado."));
        }

        return entry.IsLocked ? (null, TicketErrors.EntryBilled) : (entry, null);
    }

    /// <summary>Date and times, permission to set a value, then (only when all that holds) overlap with the technician's other entries.</summary>
    private async Task<List<Error>> ValidateTimeAsync(SaveTimeEntryRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var errors = EntryTimeRules.Validate(request.Date, request.Start, request.End, request.Description, BrazilTime.Today(time));
        if ((request.ManualValue || request.Value is not null) && !actor.MayHandleMoney)
        {
            errors.Add(MoneyPermission.ValueRefused("Value"));
        }

        if (errors.Count == 0 && await FindOverlapAsync(request, cancellationToken) is { } other)
        {
            errors.Add(EntryTimeRules.OverlapError(other));
        }

        return errors;
    }

    /// <summary>Values the entry against the client's options on the date; its problems join <paramref name="errors"/>.</summary>
    private async Task<EntryValuation> ValueAsync(Ticket ticket, SaveTimeEntryRequest request, int minutes, List<Error> errors, CancellationToken cancellationToken)
    {
        var options = await contracts.GetValuationOptionsAsync(ticket.ClientId, request.Date, cancellationToken);
        var valued = ValuationRules.Evaluate(ValuationInput.From(request, minutes), options);
        errors.AddRange(valued.Errors);
        if (request.RideAlongTicketNumber is { } rideAlong && !await RideAlongAllowedAsync(ticket.Id, ticket.ClientId, rideAlong, cancellationToken))
        {
            errors.Add(Error.Validation(
                "RideAlongTicketNumber",
                "A carona deve indicar outro ticket aberto do mesmo cliente que já cobrou deslocamento."));
        }

        return valued.IsSuccess ? valued.Value : EntryValuation.None;
    }

    /// <summary>The timer the entry ends, when it comes from one; a timer already gone joins <paramref name="errors"/>.</summary>
    private async Task<PreTimeEntry?> TimerAsync(Ticket ticket, Guid? timerId, List<Error> errors, CancellationToken cancellationToken)
    {
        if (timerId is null)
        {
            return null;
        }

        var timer = await db.Timers.SingleOrDefaultAsync(t => t.Id == timerId && t.TicketId == ticket.Id, cancellationToken);
        if (timer is null)
        {
            errors.Add(Error.NotFound("Cronômetro não encontrado; ele pode já ter sido encerrado."));
        }

        return timer;
    }

    private static void Write(TimeEntry entry, SaveTimeEntryRequest request, int minutes, EntryValuation valuation)
    {
        entry.Date = request.Date;
        entry.Start = request.Start;
        entry.End = request.End;
        entry.Minutes = minutes;
        entry.TechnicianId = request.TechnicianId;
        entry.TechnicianName = request.TechnicianName;
        entry.Description = request.Description.Trim();
        entry.Apply(valuation);
    }

    private async Task<TimeEntry?> FindOverlapAsync(SaveTimeEntryRequest request, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleAsync(cancellationToken);
        if (settings.AllowOverlappingEntries)
        {
            return null;
        }

        return await db.TimeEntries.AsNoTracking()
            .Where(e => e.TechnicianId == request.TechnicianId && e.Date == request.Date && e.Id != request.EntryId)
            .Where(e => e.Start < request.End && request.Start < e.End)
            .OrderBy(e => e.Start)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private Task<bool> RideAlongAllowedAsync(Guid ticketId, Guid clientId, int ownerNumber, CancellationToken cancellationToken) =>
        db.Tickets.AnyAsync(
            t => t.Number == ownerNumber && t.Id != ticketId && t.ClientId == clientId && t.State == TicketState.Open
                && db.TimeEntries.Any(e => e.TicketId == t.Id && e.TravelId != null),
            cancellationToken);
}
