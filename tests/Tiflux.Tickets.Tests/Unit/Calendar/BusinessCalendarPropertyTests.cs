using CsCheck;
using Tiflux.Tickets.Calendar;

namespace Tiflux.Tickets.Tests.Unit.Calendar;

/// <summary>
/// For random calendars (0–3 windows a weekday, some 24:00 ends, some holiday flags, own holidays, the optional-days
/// switch), random starts and random minutes: Add and Between/Subtract undo each other, and Add grows with the minutes.
/// </summary>
public sealed class BusinessCalendarPropertyTests
{
    private static readonly Gen<BusinessWindow> Window =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 1439], Gen.Int[1, 1440], Gen.Bool)
            .Select((day, start, length, onHolidays) =>
                new BusinessWindow((DayOfWeek)day, start, Math.Min(BusinessWindow.MinutesPerDay, start + length), onHolidays));

    private static readonly Gen<HolidayDate> Holiday =
        Gen.Select(Gen.Int[0, 730], Gen.Bool).Select((offset, yearly) => new HolidayDate(new DateOnly(2026, 1, 1).AddDays(offset), yearly));

    private static readonly Gen<BusinessCalendar> Calendar =
        Gen.Select(Window.Array[1, 12], Holiday.Array[0, 20], Gen.Bool)
            .Select((windows, holidays, optional) => new BusinessCalendar(windows, holidays, optional));

    // Any second of 2026–2027 in UTC.
    private static readonly Gen<DateTimeOffset> Instant =
        Gen.Long[0, 2L * 365 * 24 * 3600].Select(s => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(s));

    [Fact]
    public void BetweenTheNormalisedStartAndAdd_IsTheMinutesAdded() =>
        Gen.Select(Calendar, Instant, Gen.Int[0, 30_000]).Sample((calendar, start, minutes) =>
        {
            var normalised = calendar.AddBusinessMinutes(start, 0);
            var end = calendar.AddBusinessMinutes(start, minutes);
            return calendar.BusinessMinutesBetween(normalised, end) == minutes
                && calendar.BusinessMinutesBetween(start, end) == minutes;
        }, iter: 3_000);

    [Fact]
    public void SubtractAfterAdd_ReturnsTheNormalisedStart() =>
        Gen.Select(Calendar, Instant, Gen.Int[0, 30_000]).Sample((calendar, start, minutes) =>
            calendar.SubtractBusinessMinutes(calendar.AddBusinessMinutes(start, minutes), minutes) == calendar.AddBusinessMinutes(start, 0),
            iter: 3_000);

    [Fact]
    public void Add_IsMonotonicInTheMinutes() =>
        Gen.Select(Calendar, Instant, Gen.Int[0, 30_000], Gen.Int[0, 2_000]).Sample((calendar, start, minutes, more) =>
            calendar.AddBusinessMinutes(start, minutes) <= calendar.AddBusinessMinutes(start, minutes + more)
            && (more == 0 || calendar.AddBusinessMinutes(start, minutes) < calendar.AddBusinessMinutes(start, minutes + more)),
            iter: 3_000);

    [Fact]
    public void Add_LandsOnAnOpenInstantOrAClosingOne() =>
        Gen.Select(Calendar, Instant, Gen.Int[1, 30_000]).Sample((calendar, start, minutes) =>
        {
            var end = calendar.AddBusinessMinutes(start, minutes);
            return calendar.IsOpen(end.AddTicks(-1));
        }, iter: 3_000);
}
