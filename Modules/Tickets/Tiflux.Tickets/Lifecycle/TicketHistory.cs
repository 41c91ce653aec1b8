namespace Tiflux.Tickets.Lifecycle;

internal sealed class TicketHistory
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? UserId { get; init; }

    public required string UserName { get; init; }

    public required string What { get; init; }
}
