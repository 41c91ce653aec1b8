namespace Tiflux.Tickets.Calendar;

/// <summary>
/// One open interval of a weekday, in minutes after local midnight: [<see cref="StartMinute"/>, <see cref="EndMinute"/>),
/// where <see cref="EndMinute"/> may be 1440 (24:00). <see cref="AlsoOnHolidays"/> keeps it open on holidays (24×7 teams).
/// </summary>
internal sealed record BusinessWindow(DayOfWeek Day, int StartMinute, int EndMinute, bool AlsoOnHolidays = false)
{
    public const int MinutesPerDay = 24 * 60;
}

/// <summary>An organisation's own holiday as the calculator sees it: a date, or a day and month of every year.</summary>
internal sealed record HolidayDate(DateOnly Date, bool RepeatsYearly = false)
{
    public bool Falls(DateOnly day) =>
        RepeatsYearly ? day.Month == Date.Month && day.Day == Date.Day : day == Date;
}
