using System.Text.Json;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Dashboard;

/// <summary>The ticket tiles: the review queue (with the standalone value it holds) and open tickets by desk and SLA state.</summary>
public sealed record TicketTiles(
    AwaitingReviewTickets AwaitingReview,
    AwaitingReviewValueOverview? AwaitingValue,
    IReadOnlyList<DeskRow>? Desks,
    bool CanOpenReview)
{
    /// <summary>The SLA states an open ticket can be in, in the order of the table's columns.</summary>
    public static readonly IReadOnlyList<SlaClockState> States =
        [SlaClockState.Late, SlaClockState.Expiring, SlaClockState.OnTime, SlaClockState.Paused, SlaClockState.NoSla];

    public static async Task<TicketTiles> LoadAsync(
        ITicketOverview tickets, IBillingOverview billing, DateTimeOffset now, bool ticketsView, bool showValues, bool canOpenReview, CancellationToken cancellationToken)
    {
        var awaiting = await tickets.GetAwaitingReviewAsync(cancellationToken);
        var value = showValues ? await billing.GetAwaitingReviewValueAsync(cancellationToken) : null;
        IReadOnlyList<DeskRow>? desks = null;
        if (ticketsView)
        {
            desks = [.. (await tickets.CountOpenTicketsAsync(now, cancellationToken))
                .GroupBy(c => (c.DeskId, c.DeskName))
                .Select(g => new DeskRow(g.Key.DeskId, g.Key.DeskName, g.ToDictionary(c => c.State, c => c.Count)))];
        }

        return new TicketTiles(awaiting, value, desks, canOpenReview);
    }

    public string Oldest => AwaitingReview.OldestClosedAt is { } closed ? PtBr.Date(BrazilTime.DateOf(closed)) : PtBr.Empty;

    /// <summary>The chart's data: open tickets per SLA state, over every desk.</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        labels = States.Select(SlaText.State),
        values = States.Select(s => Desks?.Sum(d => d.Count(s)) ?? 0),
    });
}
