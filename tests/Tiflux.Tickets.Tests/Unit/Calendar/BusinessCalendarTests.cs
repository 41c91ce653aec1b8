using Tiflux.Tickets.Calendar;

namespace Tiflux.Tickets.Tests.Unit.Calendar;

/// <summary>
/// Hand-computed cases. Every instant is São Paulo local time (UTC−03:00); 2026-03-02 is a Monday, 2026-04-21
/// (Tiradentes) a Tuesday, Good Friday 2026 is 03/04 (Easter 05/04) and Carnaval 2026 is Monday 16/02 and Tuesday 17/02.
/// </summary>
public sealed class BusinessCalendarTests
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // Mon–Fri 08:00–12:00 and 13:30–18:00: 240 + 270 = 510 minutes a day.
    private static readonly BusinessCalendar WithLunch = new(
        [.. Weekdays.SelectMany(d => new[] { new BusinessWindow(d, 8 * 60, 12 * 60), new BusinessWindow(d, (13 * 60) + 30, 18 * 60) })],
        [],
        optionalNationalDays: true);

    private static readonly BusinessCalendar Standard = BusinessCalendar.Default;

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0, int year = 2026) =>
        new(year, month, day, hour, minute, 0, BusinessCalendar.Offset);

    private static BusinessCalendar Week(int start, int end, bool alsoOnHolidays, params DayOfWeek[] days) =>
        new([.. days.Select(d => new BusinessWindow(d, start, end, alsoOnHolidays))], [], optionalNationalDays: true);

    [Fact]
    public void Add_AcrossTheLunchBreak_SkipsIt() =>
        // Mon 11:00 + 120: 60 until 12:00, closed 12:00–13:30, 60 more from 13:30 → 14:30.
        Assert.Equal(At(3, 2, 14, 30), WithLunch.AddBusinessMinutes(At(3, 2, 11), 120));

    [Fact]
    public void Add_AcrossTheNight_ContinuesNextMorning() =>
        // Mon 17:00 + 120: 60 until 18:00, then Tue 08:00 + 60 → Tue 09:00.
        Assert.Equal(At(3, 3, 9), WithLunch.AddBusinessMinutes(At(3, 2, 17), 120));

    [Fact]
    public void Add_FridayEvening_EndsOnMonday() =>
        // Fri 06/03 17:30 + 90: 30 until 18:00, Sat and Sun closed, Mon 09/03 08:00 + 60 → 09:00.
        Assert.Equal(At(3, 9, 9), WithLunch.AddBusinessMinutes(At(3, 6, 17, 30), 90));

    [Fact]
    public void Add_OverTiradentes_SkipsTheHoliday() =>
        // Mon 20/04 17:00 + 120: 60 until 18:00, Tue 21/04 is Tiradentes, Wed 22/04 08:00 + 60 → 09:00.
        Assert.Equal(At(4, 22, 9), Standard.AddBusinessMinutes(At(4, 20, 17), 120));

    [Fact]
    public void Add_OverGoodFriday_SkipsTheLongWeekend() =>
        // Thu 02/04 17:00 + 120: 60 until 18:00, Fri 03/04 Good Friday, weekend, Mon 06/04 08:00 + 60 → 09:00.
        Assert.Equal(At(4, 6, 9), Standard.AddBusinessMinutes(At(4, 2, 17), 120));

    [Fact]
    public void Add_OverCarnaval_DependsOnTheOptionalDaysSwitch()
    {
        var counting = new BusinessCalendar(BusinessCalendar.StandardWeek(), [], optionalNationalDays: true);
        var ignoring = new BusinessCalendar(BusinessCalendar.StandardWeek(), [], optionalNationalDays: false);

        // Fri 13/02 17:00 + 120: 60 until 18:00; switch on: Mon 16 and Tue 17 are closed → Wed 18/02 09:00;
        // switch off: Mon 16/02 08:00 + 60 → 09:00.
        Assert.Equal(At(2, 18, 9), counting.AddBusinessMinutes(At(2, 13, 17), 120));
        Assert.Equal(At(2, 16, 9), ignoring.AddBusinessMinutes(At(2, 13, 17), 120));
    }

    [Fact]
    public void Add_OverAnOwnHoliday_SkipsIt()
    {
        var withOwnDay = new BusinessCalendar(BusinessCalendar.StandardWeek(), [new HolidayDate(new(2026, 3, 10))], true);

        // Mon 09/03 17:00 + 120: 60 until 18:00; Tue 10/03 is the own holiday → Wed 11/03 09:00 (without it: Tue 09:00).
        Assert.Equal(At(3, 11, 9), withOwnDay.AddBusinessMinutes(At(3, 9, 17), 120));
        Assert.Equal(At(3, 10, 9), Standard.AddBusinessMinutes(At(3, 9, 17), 120));
    }

    [Fact]
    public void Add_OverAYearlyOwnHoliday_SkipsItInLaterYears()
    {
        // Typed once for 2020 as "repete todo ano": 25/01 (São Paulo's anniversary) of 2027 is a Monday.
        var calendar = new BusinessCalendar(BusinessCalendar.StandardWeek(), [new HolidayDate(new(2020, 1, 25), RepeatsYearly: true)], true);

        // Fri 22/01/2027 17:00 + 120: 60 until 18:00, weekend, Mon 25/01 holiday → Tue 26/01 09:00.
        Assert.Equal(At(1, 26, 9, year: 2027), calendar.AddBusinessMinutes(At(1, 22, 17, year: 2027), 120));
    }

    [Fact]
    public void Add_FromSaturday_CountsFromMondaysOpening()
    {
        // Sat 07/03 10:00 + 60 → Mon 09/03 08:00 + 60 = 09:00; + 0 → the opening itself.
        Assert.Equal(At(3, 9, 9), Standard.AddBusinessMinutes(At(3, 7, 10), 60));
        Assert.Equal(At(3, 9, 8), Standard.AddBusinessMinutes(At(3, 7, 10), 0));
    }

    [Fact]
    public void Add_FromEarlyMonday_CountsFromEight() =>
        // Mon 06:00 + 60 → opens 08:00, + 60 → 09:00.
        Assert.Equal(At(3, 2, 9), Standard.AddBusinessMinutes(At(3, 2, 6), 60));

    [Fact]
    public void Add_WhenOpen_ZeroMinutesKeepsTheInstant() =>
        Assert.Equal(At(3, 2, 10, 17), Standard.AddBusinessMinutes(At(3, 2, 10, 17), 0));

    [Fact]
    public void Add_ToTheLastMinute_EndsAtTheClosingInstant() =>
        // Mon 17:00 + 60 reaches 18:00 exactly: the deadline is the closing time, not Tuesday's opening.
        Assert.Equal(At(3, 2, 18), Standard.AddBusinessMinutes(At(3, 2, 17), 60));

    [Fact]
    public void Add_KeepsSeconds() =>
        // Mon 17:59:30 + 1: 30 s until 18:00, then 30 s from Tue 08:00 → 08:00:30.
        Assert.Equal(At(3, 3, 8).AddSeconds(30), Standard.AddBusinessMinutes(At(3, 2, 17, 59).AddSeconds(30), 1));

    [Fact]
    public void Add_WindowEndingAtMidnight_ContinuesNextWindow()
    {
        var nightShift = Week(18 * 60, 24 * 60, false, Weekdays);

        // Mon 23:00 + 60 → 24:00, i.e. Tue 00:00; + 120 → 60 until midnight, Tue opens 18:00 + 60 → 19:00.
        Assert.Equal(At(3, 3, 0), nightShift.AddBusinessMinutes(At(3, 2, 23), 60));
        Assert.Equal(At(3, 3, 19), nightShift.AddBusinessMinutes(At(3, 2, 23), 120));
    }

    [Fact]
    public void Add_24x7_CountsHolidaysOnlyWithTheFlag()
    {
        var allDays = Enum.GetValues<DayOfWeek>();
        var evenOnHolidays = Week(0, 24 * 60, true, allDays);
        var notOnHolidays = Week(0, 24 * 60, false, allDays);

        // Mon 20/04 20:00 + 1440 = Tue 21/04 20:00 when Tiradentes counts; otherwise 240 until midnight, Tue skipped,
        // Wed 00:00 + 1200 → Wed 22/04 20:00.
        Assert.Equal(At(4, 21, 20), evenOnHolidays.AddBusinessMinutes(At(4, 20, 20), 1440));
        Assert.Equal(At(4, 22, 20), notOnHolidays.AddBusinessMinutes(At(4, 20, 20), 1440));
    }

    [Fact]
    public void Between_OverAWeek_CountsOnlyOpenTime()
    {
        // Mon 02/03 08:00 → Mon 09/03 08:00: five days of 600 minutes.
        Assert.Equal(3000, Standard.BusinessMinutesBetween(At(3, 2, 8), At(3, 9, 8)));

        // Wed 04/03 10:00 → Tue 10/03 15:00 with lunch: Wed 120 + 270 = 390, Thu 510, Fri 510, weekend 0, Mon 510,
        // Tue 240 + 90 = 330 → 2250.
        Assert.Equal(2250, WithLunch.BusinessMinutesBetween(At(3, 4, 10), At(3, 10, 15)));
    }

    [Fact]
    public void Between_BackwardsOrEqual_IsZero()
    {
        Assert.Equal(0, Standard.BusinessMinutesBetween(At(3, 2, 10), At(3, 2, 10)));
        Assert.Equal(0, Standard.BusinessMinutesBetween(At(3, 2, 11), At(3, 2, 10)));
    }

    [Fact]
    public void Subtract_AcrossTheNight_GoesBackToTheEvening()
    {
        // Tue 09:00 − 120: 60 back to 08:00, then Mon 18:00 − 60 → Mon 17:00.
        Assert.Equal(At(3, 2, 17), Standard.SubtractBusinessMinutes(At(3, 3, 9), 120));

        // Wed 22/04 09:00 − 120 skips Tiradentes: Mon 20/04 17:00.
        Assert.Equal(At(4, 20, 17), Standard.SubtractBusinessMinutes(At(4, 22, 9), 120));
    }

    [Fact]
    public void Subtract_ToAnOpening_StopsAtTheOpening() =>
        // Mon 09/03 09:00 − 60 → 08:00, not Friday's 18:00.
        Assert.Equal(At(3, 9, 8), Standard.SubtractBusinessMinutes(At(3, 9, 9), 60));

    [Fact]
    public void IsOpen_FollowsWindowsAndHolidays()
    {
        Assert.True(WithLunch.IsOpen(At(3, 2, 11, 59)));
        Assert.False(WithLunch.IsOpen(At(3, 2, 12)));
        Assert.True(WithLunch.IsOpen(At(3, 2, 13, 30)));
        Assert.False(WithLunch.IsOpen(At(3, 2, 18)));
        Assert.False(Standard.IsOpen(At(4, 21, 10)));
        Assert.False(Standard.IsOpen(At(3, 7, 10)));
    }

    [Fact]
    public void IsOpen_ReadsSaoPauloTimeFromAnUtcInstant() =>
        // 11:00 UTC is 08:00 in São Paulo: open; 10:59 UTC is 07:59: closed.
        Assert.Equal((true, false), (
            Standard.IsOpen(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero)),
            Standard.IsOpen(new DateTimeOffset(2026, 3, 2, 10, 59, 0, TimeSpan.Zero))));

    [Fact]
    public void ACalendarThatNeverOpens_HasNoDeadline()
    {
        var closed = new BusinessCalendar([], [], true);

        Assert.False(closed.HasOpenTime);
        Assert.Equal(DateTimeOffset.MaxValue, closed.AddBusinessMinutes(At(3, 2, 10), 60));
        Assert.Equal(DateTimeOffset.MinValue, closed.SubtractBusinessMinutes(At(3, 2, 10), 60));
        Assert.Equal(0, closed.BusinessMinutesBetween(At(3, 2, 10), At(4, 2, 10)));
        Assert.False(closed.IsOpen(At(3, 2, 10)));
    }

    [Fact]
    public void ACalendarOpenOnlyOnHolidaysThatNeverComeBack_StopsWalking()
    {
        // Open only on Mondays, and every Monday of 2026–2037 is typed in as an own holiday: the walk gives up after
        // MaxClosedDays closed days instead of looping.
        var mondays = Enumerable.Range(0, 12 * 53).Select(i => new HolidayDate(new DateOnly(2026, 3, 2).AddDays(7 * i))).ToList();
        var calendar = new BusinessCalendar([new BusinessWindow(DayOfWeek.Monday, 8 * 60, 18 * 60)], mondays, true);

        Assert.Equal(DateTimeOffset.MaxValue, calendar.AddBusinessMinutes(At(3, 2, 10), 60));
    }

    [Fact]
    public void Add_RefusesNegativeMinutes() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Standard.AddBusinessMinutes(At(3, 2, 10), -1));
}
