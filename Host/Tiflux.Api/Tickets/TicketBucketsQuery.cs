using System.Globalization;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>GET /tickets with <c>group_by</c>: ticket counts per period or desk.</summary>
internal static class TicketBucketsQuery
{
    /// <summary>Counts per day, ISO week, month (São Paulo dates) or desk, over every matching ticket.</summary>
    public static async Task<TicketBuckets> BucketsAsync(ITicketQueries tickets, TicketListRequest request, string groupBy, string dateType, CancellationToken cancellationToken)
    {
        var all = new List<TicketSummary>();
        for (var page = 1; ; page++)
        {
            var rows = await tickets.ListTicketsAsync(request with { Page = page, PageSize = 200 }, cancellationToken);
            all.AddRange(rows.Items);
            if (rows.Items.Count < 200 || page >= 500)
            {
                break;
            }
        }

        var buckets = all
            .Select(t => (Ticket: t, At: dateType == "solved_in_time" ? t.ClosedAt : t.CreatedAt))
            .Where(x => x.At is not null || groupBy == "desk")
            .GroupBy(x => groupBy switch
            {
                "desk" => x.Ticket.DeskName,
                "month" => BrazilTime.DateOf(x.At!.Value).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                "week" => Week(BrazilTime.DateOf(x.At!.Value)),
                _ => BrazilTime.DateOf(x.At!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TicketBucket(g.Key, g.Count()))
            .ToList();
        return new TicketBuckets(groupBy, dateType, buckets.Sum(b => b.Count), buckets);
    }

    private static string Week(DateOnly date) =>
        $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}";
}
