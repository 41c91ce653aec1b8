using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Calendar;

/// <summary>A year's holidays: the computed national ones and the organisation's own (yearly ones on their day that year).</summary>
internal sealed class ListHolidays(TicketsDbContext db)
{
    public async Task<HolidayYearDto> HandleAsync(int year, CancellationToken cancellationToken)
    {
        year = Math.Clamp(year, 1, 9998);
        var countOptional = await db.Settings.AsNoTracking().Select(s => s.CountOptionalHolidays).SingleAsync(cancellationToken);
        var own = await db.Holidays.AsNoTracking().Where(h => h.RepeatsYearly || h.Date.Year == year).ToListAsync(cancellationToken);

        var national = NationalHolidays.For(year).Select(h => new HolidayDto(
            null, h.Date, h.Name, h.Optional ? HolidayKind.OptionalNational : HolidayKind.National, true, []));
        var owned = own
            .Where(h => !h.RepeatsYearly || DateTime.IsLeapYear(year) || h.Date is not { Month: 2, Day: 29 })
            .Select(h => new HolidayDto(
                h.Id, h.RepeatsYearly ? new DateOnly(year, h.Date.Month, h.Date.Day) : h.Date, h.Name, HolidayKind.Own, h.RepeatsYearly, h.DeskIds));
        return new HolidayYearDto(year, countOptional, [.. national.Concat(owned).OrderBy(h => h.Date).ThenBy(h => h.Kind)]);
    }
}
