namespace Tiflux.Tickets.PublicApi;

/// <summary>The Dashboard's ticket figures, each one aggregate over stored columns.</summary>
public interface ITicketOverview
{
    /// <summary>
    /// Open tickets in the desks' queue (not waiting for the client's authorization) per desk and state of their
    /// solution SLA clock at <paramref name="now"/> — the state <see cref="SlaClockDto.StateAt"/> gives, counted in SQL.
    /// By desk name, then state.
    /// </summary>
    Task<IReadOnlyList<OpenTicketsCount>> CountOpenTicketsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Tickets awaiting review: how many, and when the one waiting longest was closed.</summary>
    Task<AwaitingReviewTickets> GetAwaitingReviewAsync(CancellationToken cancellationToken);
}

public sealed record OpenTicketsCount(Guid DeskId, string DeskName, SlaClockState State, int Count);

public sealed record AwaitingReviewTickets(int Count, DateTimeOffset? OldestClosedAt);
