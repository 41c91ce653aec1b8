namespace Tiflux.Tickets.Entries;

/// <summary>A running timer; it becomes a time entry when stopped.</summary>
internal sealed class PreTimeEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public Guid TechnicianId { get; init; }

    public string TechnicianName { get; init; } = "";

    public DateTimeOffset StartedAt { get; init; }
}
