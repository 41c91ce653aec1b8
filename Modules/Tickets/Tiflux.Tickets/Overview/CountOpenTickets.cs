using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Overview;

/// <summary>
/// Open tickets per desk and SLA state, one GROUP BY. The state is <see cref="SlaClockDto.StateAt"/> of the solution
/// clock as <see cref="Sla.SlaMapping.ToDto"/> builds it for an open ticket (never met, never cancelled), written
/// once here in SQL so 100k tickets are counted without loading them; OverviewSlaStateTests holds the two equal.
/// </summary>
internal sealed class CountOpenTickets(TicketsDbContext db)
{
    public async Task<IReadOnlyList<OpenTicketsCount>> HandleAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // UTC: timestamptz parameters must be.
        var at = now.ToUniversalTime();
        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.State == TicketState.Open && t.Authorization != TicketAuthorization.Pending)
            .Select(t => new
            {
                t.DeskId,
                State = !t.Sla.Active || t.Sla.SolutionDeadline == null ? SlaClockState.NoSla
                    : t.Sla.PausedAt != null ? SlaClockState.Paused
                    : at > t.Sla.SolutionDeadline ? SlaClockState.Late
                    : t.Sla.SolutionWarnAt != null && at >= t.Sla.SolutionWarnAt ? SlaClockState.Expiring
                    : SlaClockState.OnTime,
            })
            .GroupBy(t => new { t.DeskId, t.State })
            .Select(g => new { g.Key.DeskId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var deskIds = rows.Select(r => r.DeskId).Distinct().ToList();
        var names = await db.Desks.AsNoTracking().Where(d => deskIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return [.. rows
            .Select(r => new OpenTicketsCount(r.DeskId, names.GetValueOrDefault(r.DeskId, "?"), r.State, r.Count))
            .OrderBy(r => r.DeskName, StringComparer.Ordinal).ThenBy(r => r.DeskId).ThenBy(r => r.State)];
    }
}
