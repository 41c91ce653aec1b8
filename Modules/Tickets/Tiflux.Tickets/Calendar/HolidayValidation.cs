using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Calendar;

internal static class HolidayValidation
{
    public static List<Error> Validate(SaveHolidayRequest request)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(Error.Validation("Name", "Informe o nome do feriado."));
        }
        else if (request.Name.Trim().Length > TicketLimits.HolidayName)
        {
            errors.Add(Error.Validation("Name", $"O nome do feriado pode ter no máximo {TicketLimits.HolidayName} caracteres."));
        }

        if (request.Date is null)
        {
            errors.Add(Error.Validation("Date", "Informe a data do feriado."));
        }
        else if (BusinessDates.Check(request.Date, "Date") is { } outOfRange)
        {
            errors.Add(outOfRange);
        }

        if (request.DeskIds.Count > TicketLimits.HolidayDesks)
        {
            errors.Add(Error.Validation("DeskIds", $"Escolha no máximo {TicketLimits.HolidayDesks} mesas."));
        }

        return errors;
    }

    /// <summary>Two holidays clash when they fall on the same day (a yearly one on its day and month) for the same desks.</summary>
    public static bool Clash(Holiday existing, DateOnly date, bool repeatsYearly, IReadOnlyList<Guid> sortedDeskIds)
    {
        var sameDay = existing.RepeatsYearly || repeatsYearly
            ? existing.Date.Month == date.Month && existing.Date.Day == date.Day
            : existing.Date == date;
        return sameDay && existing.DeskIds.SequenceEqual(sortedDeskIds);
    }
}
