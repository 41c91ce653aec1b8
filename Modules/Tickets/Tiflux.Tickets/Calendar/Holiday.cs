namespace Tiflux.Tickets.Calendar;

/// <summary>An organisation's own holiday (the national ones are computed). Empty <see cref="DeskIds"/>: every desk.</summary>
internal sealed class Holiday
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateOnly Date { get; set; }

    public required string Name { get; set; }

    public bool RepeatsYearly { get; set; }

    /// <summary>Sorted, so the same set of desks is the same value for the unique (date, desks) index.</summary>
    public List<Guid> DeskIds { get; set; } = [];

    public bool AppliesTo(Guid deskId) => DeskIds.Count == 0 || DeskIds.Contains(deskId);

    public HolidayDate ToHolidayDate() => new(Date, RepeatsYearly);
}
