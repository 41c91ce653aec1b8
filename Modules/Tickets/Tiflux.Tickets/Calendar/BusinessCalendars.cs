using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Calendar;

/// <summary>
/// The one place that decides a desk's calendar: the desk's own week, else the organisation's default; the national
/// holidays (pontos facultativos per the organisation setting), the own dates for every desk and the desk's own dates.
/// </summary>
internal sealed class BusinessCalendars(TicketsDbContext db)
{
    // Scoped: one action (or one job batch) may ask for the same desk several times; the tables do not change under it.
    private readonly Dictionary<Guid, BusinessCalendar> loaded = [];

    public async Task<BusinessCalendar> ForDeskAsync(Guid deskId, CancellationToken ct)
    {
        if (!loaded.TryGetValue(deskId, out var calendar))
        {
            calendar = await LoadAsync(deskId, ct);
            loaded[deskId] = calendar;
        }

        return calendar;
    }

    private async Task<BusinessCalendar> LoadAsync(Guid deskId, CancellationToken ct)
    {
        var windows = await db.BusinessHours.AsNoTracking().Where(w => w.DeskId == deskId).ToListAsync(ct);
        if (windows.Count == 0)
        {
            windows = await db.BusinessHours.AsNoTracking().Where(w => w.DeskId == null).ToListAsync(ct);
        }

        // Holiday tables are tiny: load them all.
        var holidays = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var countOptional = await db.Settings.AsNoTracking().Select(s => s.CountOptionalHolidays).SingleAsync(ct);
        return new BusinessCalendar(
            [.. windows.Select(w => w.ToWindow())],
            [.. holidays.Where(h => h.AppliesTo(deskId)).Select(h => h.ToHolidayDate())],
            countOptional);
    }
}
