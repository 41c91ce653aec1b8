using System.Collections.Concurrent;

namespace Tiflux.Tickets.Calendar;

/// <summary>
/// Business-time arithmetic over a weekly schedule and holidays, in São Paulo local time at a fixed UTC−03:00 (Brazil has
/// had no daylight saving since 2019). Pure and thread-safe; it walks day by day, never minute by minute.
/// </summary>
/// <remarks>
/// Windows are half-open, [start, end): at 18:00 a 08:00–18:00 day is closed. The rules the SLA relies on:
/// <list type="bullet">
/// <item><see cref="AddBusinessMinutes"/>(x, 0) is x moved to the next open instant (x itself when open); with m &gt; 0 it
/// is the earliest instant that has m business minutes after x (it may be a window's end).</item>
/// <item><see cref="SubtractBusinessMinutes"/>(y, 0) is y; with m &gt; 0 it is the latest instant that has m business
/// minutes before y (it may be a window's start). So Subtract(Add(x, m), m) is x moved to the next open instant.</item>
/// <item>A calendar with no open time (or one that stays closed for <see cref="MaxClosedDays"/> days in a row) has no
/// deadline: Add answers <see cref="DateTimeOffset.MaxValue"/>, Subtract <see cref="DateTimeOffset.MinValue"/>.</item>
/// </list>
/// </remarks>
internal sealed class BusinessCalendar
{
    /// <summary>São Paulo's offset; fixed because Brazil abolished daylight saving in 2019.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-3);

    /// <summary>How long a walk may meet only closed days before it decides the calendar never opens (ten years).</summary>
    public const int MaxClosedDays = 3660;

    private static readonly DateOnly LastDay = new(9999, 12, 30);

    private static readonly DateOnly FirstDay = new(1, 1, 2);

    private readonly Interval[][] _normal = new Interval[7][];

    private readonly Interval[][] _onHolidays = new Interval[7][];

    private readonly HashSet<DateOnly> _ownDates = [];

    private readonly HashSet<int> _ownYearlyDays = [];

    private readonly bool _optionalNationalDays;

    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _nationalByYear = new();

    public BusinessCalendar(IReadOnlyList<BusinessWindow> windows, IReadOnlyCollection<HolidayDate> extraHolidays, bool optionalNationalDays)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(extraHolidays);
        for (var day = 0; day < 7; day++)
        {
            var ofDay = windows.Where(w => (int)w.Day == day && w.EndMinute > w.StartMinute).ToList();
            _normal[day] = Merge(ofDay);
            _onHolidays[day] = Merge([.. ofDay.Where(w => w.AlsoOnHolidays)]);
        }

        foreach (var holiday in extraHolidays)
        {
            if (holiday.RepeatsYearly)
            {
                _ownYearlyDays.Add(YearlyKey(holiday.Date));
            }
            else
            {
                _ownDates.Add(holiday.Date);
            }
        }

        _optionalNationalDays = optionalNationalDays;
        HasOpenTime = _normal.Any(d => d.Length > 0);
    }

    /// <summary>Monday to Friday, 08:00–18:00, national holidays (pontos facultativos included).</summary>
    public static BusinessCalendar Default { get; } = new(StandardWeek(), [], optionalNationalDays: true);

    /// <summary>False when no weekday has an open window: such a calendar never reaches a deadline.</summary>
    public bool HasOpenTime { get; }

    /// <summary>The organisation's standard week: Monday to Friday, 08:00–18:00.</summary>
    public static IReadOnlyList<BusinessWindow> StandardWeek() =>
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new BusinessWindow(d, 8 * 60, 18 * 60)),
    ];

    public DateTimeOffset AddBusinessMinutes(DateTimeOffset start, int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        if (!HasOpenTime || start >= DateTimeOffset.MaxValue.AddDays(-2))
        {
            return DateTimeOffset.MaxValue;
        }

        var (day, time) = ToLocal(start);
        var remaining = minutes * TimeSpan.TicksPerMinute;
        var closedDays = 0;
        while (true)
        {
            var intervals = IntervalsOf(day);
            foreach (var interval in intervals)
            {
                if (time >= interval.EndTicks)
                {
                    continue;
                }

                var from = Math.Max(time, interval.StartTicks);
                var available = interval.EndTicks - from;
                if (remaining <= available)
                {
                    return ToInstant(day, from + remaining);
                }

                remaining -= available;
                time = interval.EndTicks;
            }

            closedDays = intervals.Length == 0 ? closedDays + 1 : 0;
            if (closedDays > MaxClosedDays || day >= LastDay)
            {
                return DateTimeOffset.MaxValue;
            }

            day = day.AddDays(1);
            time = 0;
        }
    }

    public DateTimeOffset SubtractBusinessMinutes(DateTimeOffset end, int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        if (minutes == 0)
        {
            return end;
        }

        if (!HasOpenTime || end <= DateTimeOffset.MinValue.AddDays(2))
        {
            return DateTimeOffset.MinValue;
        }

        var (day, time) = ToLocal(end);
        var remaining = minutes * TimeSpan.TicksPerMinute;
        var closedDays = 0;
        while (true)
        {
            var intervals = IntervalsOf(day);
            for (var i = intervals.Length - 1; i >= 0; i--)
            {
                var interval = intervals[i];
                if (time <= interval.StartTicks)
                {
                    continue;
                }

                var to = Math.Min(time, interval.EndTicks);
                var available = to - interval.StartTicks;
                if (remaining <= available)
                {
                    return ToInstant(day, to - remaining);
                }

                remaining -= available;
                time = interval.StartTicks;
            }

            closedDays = intervals.Length == 0 ? closedDays + 1 : 0;
            if (closedDays > MaxClosedDays || day <= FirstDay)
            {
                return DateTimeOffset.MinValue;
            }

            day = day.AddDays(-1);
            time = TimeSpan.TicksPerDay;
        }
    }

    /// <summary>Whole business minutes in [from, to); 0 when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public int BusinessMinutesBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || !HasOpenTime)
        {
            return 0;
        }

        if (to >= DateTimeOffset.MaxValue.AddDays(-2))
        {
            return int.MaxValue;
        }

        var (day, time) = ToLocal(from);
        var (lastDay, lastTime) = ToLocal(to);
        long total = 0;
        for (; day <= lastDay; day = day.AddDays(1), time = 0)
        {
            var until = day == lastDay ? lastTime : TimeSpan.TicksPerDay;
            foreach (var interval in IntervalsOf(day))
            {
                var start = Math.Max(time, interval.StartTicks);
                var end = Math.Min(until, interval.EndTicks);
                if (end > start)
                {
                    total += end - start;
                }
            }
        }

        return (int)Math.Min(int.MaxValue, total / TimeSpan.TicksPerMinute);
    }

    public bool IsOpen(DateTimeOffset at)
    {
        var (day, time) = ToLocal(at);
        return Array.Exists(IntervalsOf(day), i => time >= i.StartTicks && time < i.EndTicks);
    }

    /// <summary>Whether <paramref name="day"/> is a holiday for this calendar (national, optional if counted, or own).</summary>
    public bool IsHoliday(DateOnly day) =>
        _ownDates.Contains(day) || _ownYearlyDays.Contains(YearlyKey(day)) || NationalDates(day.Year).Contains(day);

    private HashSet<DateOnly> NationalDates(int year) =>
        _nationalByYear.GetOrAdd(year, y => [.. NationalHolidays.For(y).Where(h => _optionalNationalDays || !h.Optional).Select(h => h.Date)]);

    private Interval[] IntervalsOf(DateOnly day)
    {
        var weekday = (int)day.DayOfWeek;
        return IsHoliday(day) ? _onHolidays[weekday] : _normal[weekday];
    }

    private static (DateOnly Day, long Time) ToLocal(DateTimeOffset instant)
    {
        var local = new DateTime(instant.UtcTicks + Offset.Ticks, DateTimeKind.Unspecified);
        return (DateOnly.FromDateTime(local), local.TimeOfDay.Ticks);
    }

    private static DateTimeOffset ToInstant(DateOnly day, long time) =>
        new(day.ToDateTime(TimeOnly.MinValue).Ticks + time - Offset.Ticks, TimeSpan.Zero);

    private static int YearlyKey(DateOnly day) => (day.Month * 100) + day.Day;

    // Touching or overlapping windows of a day become one, so "the next open instant" is never a window's end.
    private static Interval[] Merge(List<BusinessWindow> windows)
    {
        var merged = new List<Interval>();
        foreach (var window in windows.OrderBy(w => w.StartMinute))
        {
            var start = window.StartMinute * TimeSpan.TicksPerMinute;
            var end = window.EndMinute * TimeSpan.TicksPerMinute;
            if (merged.Count > 0 && start <= merged[^1].EndTicks)
            {
                merged[^1] = merged[^1] with { EndTicks = Math.Max(merged[^1].EndTicks, end) };
            }
            else
            {
                merged.Add(new Interval(start, end));
            }
        }

        return [.. merged];
    }

    private readonly record struct Interval(long StartTicks, long EndTicks);
}
