using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.Sla;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Calendar;

internal sealed class SaveHoliday(TicketsDbContext db, SlaRecompute recompute)
{
    public async Task<Result<Guid>> HandleAsync(SaveHolidayRequest request, CancellationToken cancellationToken)
    {
        var errors = HolidayValidation.Validate(request);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var date = request.Date!.Value;
        List<Guid> deskIds = [.. request.DeskIds.Distinct().Order()];
        var known = await db.Desks.CountAsync(d => deskIds.Contains(d.Id), cancellationToken);
        if (known != deskIds.Count)
        {
            return Error.Validation("DeskIds", "Mesa não encontrada.");
        }

        // Holidays are few: load them all and compare in memory (the yearly rule does not fit the unique index).
        var holidays = await db.Holidays.ToListAsync(cancellationToken);
        if (holidays.Exists(h => h.Id != request.Id && HolidayValidation.Clash(h, date, request.RepeatsYearly, deskIds)))
        {
            return Error.Validation("Date", $"Já existe um feriado em {PtBr.Date(date)} para as mesmas mesas.");
        }

        var holiday = request.Id is { } id ? holidays.Find(h => h.Id == id) : null;
        if (request.Id is not null && holiday is null)
        {
            return Error.NotFound("Feriado não encontrado.");
        }

        if (holiday is null)
        {
            holiday = new Holiday { Name = "" };
            db.Holidays.Add(holiday);
        }

        holiday.Name = request.Name.Trim();
        holiday.Date = date;
        holiday.RepeatsYearly = request.RepeatsYearly;
        holiday.SetDesks(deskIds);
        await db.SaveChangesAsync(cancellationToken);
        await recompute.RequestAsync(null, cancellationToken);
        return Result<Guid>.Success(holiday.Id);
    }
}
