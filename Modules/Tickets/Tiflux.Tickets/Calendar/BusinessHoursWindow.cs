namespace Tiflux.Tickets.Calendar;

/// <summary>
/// A stored interval of a weekly schedule. <see cref="DeskId"/> null: the organisation's default week; a desk with no
/// rows of its own uses that default.
/// </summary>
internal sealed class BusinessHoursWindow
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? DeskId { get; init; }

    public DayOfWeek Day { get; init; }

    public int StartMinute { get; init; }

    public int EndMinute { get; init; }

    public bool AlsoOnHolidays { get; init; }

    public BusinessWindow ToWindow() => new(Day, StartMinute, EndMinute, AlsoOnHolidays);
}
