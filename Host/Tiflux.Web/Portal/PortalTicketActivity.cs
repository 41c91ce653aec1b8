using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Portal;

/// <summary>One day of the dashboard's "Tickets nos últimos 30 dias".</summary>
public sealed record DailyTicketActivity(DateOnly Day, int Opened, int Closed, int Cancelled);

/// <summary>
/// Tickets the user sees, opened, closed and cancelled per São Paulo day over the last <see cref="Days"/> days. The
/// Tickets contract keeps no cancellation instant, so a cancelled ticket counts on the day it last changed (cancelling
/// is its last change unless someone edits it afterwards).
/// </summary>
public sealed class PortalTicketActivity(ITicketQueries tickets, TimeProvider clock)
{
    public const int Days = 30;

    /// <summary>A dashboard is no report: past this many tickets per series the oldest days are undercounted.</summary>
    private const int MaxPages = 5;

    public async Task<IReadOnlyList<DailyTicketActivity>> LastDaysAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        var first = today.AddDays(1 - Days);
        var since = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(first.ToDateTime(TimeOnly.MinValue), BrazilTime.Zone));
        var opened = await ReadAsync(PortalTicketAccess.For(user, new TicketListRequest { Since = since }), cancellationToken);
        var closed = await ReadAsync(PortalTicketAccess.For(user, new TicketListRequest { Since = since, ByClosingTime = true }), cancellationToken);
        var cancelled = await ReadAsync(PortalTicketAccess.For(user, new TicketListRequest(State: TicketState.Cancelled)), cancellationToken);
        return [.. Enumerable.Range(0, Days).Select(first.AddDays).Select(day => new DailyTicketActivity(
            day,
            opened.Count(t => BrazilTime.DateOf(t.CreatedAt) == day),
            closed.Count(t => t.State != TicketState.Cancelled && t.ClosedAt is { } at && BrazilTime.DateOf(at) == day),
            cancelled.Count(t => BrazilTime.DateOf(t.UpdatedAt) == day)))];
    }

    private async Task<List<TicketSummary>> ReadAsync(TicketListRequest request, CancellationToken cancellationToken)
    {
        var all = new List<TicketSummary>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var list = await tickets.ListTicketsAsync(request with { Page = page, PageSize = PagedList.MaxSize }, cancellationToken);
            all.AddRange(list.Items);
            if (page >= list.TotalPages)
            {
                break;
            }
        }

        return all;
    }
}
