using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

internal sealed class SaveTimeEntry(TicketsDbContext db, IContractsModule contracts, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(SaveTimeEntryRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.TicketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(request.TicketNumber);
        }

        TimeEntry? entry = null;
        if (request.EntryId is { } entryId)
        {
            entry = await db.TimeEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.TicketId == ticket.Id, cancellationToken);
            if (entry is null)
            {
                return Error.NotFound("Apontamento não encontrado.");
            }

            if (entry.IsLocked)
            {
                return TicketErrors.EntryBilled;
            }
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

        var errors = EntryTimeRules.Validate(request.Date, request.Start, request.End, request.Description, BrazilTime.Today(time));
        if ((request.ManualValue || request.Value is not null) && !actor.MayHandleMoney)
        {
            errors.Add(MoneyPermission.ValueRefused("Value"));
        }

        var minutes = EntryTimeRules.Minutes(request.Start, request.End);
        if (errors.Count == 0 && await FindOverlapAsync(request, cancellationToken) is { } other)
        {
            errors.Add(EntryTimeRules.OverlapError(other));
        }

        var valuation = EntryValuation.None;
        if (desk.ValuationMode == DeskValuationMode.WithValuation)
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

            if (valued.IsSuccess)
            {
                valuation = valued.Value;
            }
        }

        PreTimeEntry? timer = null;
        if (request.FromTimerId is { } timerId)
        {
            timer = await db.Timers.SingleOrDefaultAsync(t => t.Id == timerId && t.TicketId == ticket.Id, cancellationToken);
            if (timer is null)
            {
                errors.Add(Error.NotFound("Cronômetro não encontrado; ele pode já ter sido encerrado."));
            }
        }

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

        entry.Date = request.Date;
        entry.Start = request.Start;
        entry.End = request.End;
        entry.Minutes = minutes;
        entry.TechnicianId = request.TechnicianId;
        entry.TechnicianName = request.TechnicianName;
        entry.Description = request.Description.Trim();
        entry.Apply(valuation);
        if (timer is not null)
        {
            db.Timers.Remove(timer);
        }

        var verb = request.EntryId is null ? "adicionado" : "alterado";
        db.History.Add(ticket.Record(now, actor.UserId, actor.Name, string.Create(
            CultureInfo.GetCultureInfo("pt-BR"),
            $"Apontamento {verb}: {request.Date:dd/MM/yyyy} {request.Start:HH\\:mm}–{request.End:HH\\:mm} ({request.TechnicianName}).")));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(entry.Id);
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
