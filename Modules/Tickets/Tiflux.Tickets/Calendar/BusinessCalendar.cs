namespace Tiflux.Tickets.Calendar;

// PLACEHOLDER until the calendar branch is merged (its file replaces this one): round-the-clock arithmetic.
internal sealed class BusinessCalendar
{
    private readonly int scale = 1;

    public static BusinessCalendar Default { get; } = new();

    public DateTimeOffset AddBusinessMinutes(DateTimeOffset start, int minutes) => start.AddMinutes(minutes * scale);

    public DateTimeOffset SubtractBusinessMinutes(DateTimeOffset end, int minutes) => end.AddMinutes(-minutes * scale);

    public int BusinessMinutesBetween(DateTimeOffset from, DateTimeOffset to) => to <= from ? 0 : (int)(to - from).TotalMinutes / scale;

    public bool IsOpen(DateTimeOffset at) => at != DateTimeOffset.MinValue || scale > 0;
}
