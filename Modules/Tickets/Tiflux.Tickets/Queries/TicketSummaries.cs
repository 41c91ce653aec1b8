using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

/// <summary>Ticket rows as summaries: whether anything is billed, the last change, and the desk's names of stage, status and priority.</summary>
internal sealed class TicketSummaries(TicketsDbContext db)
{
    public async Task<IReadOnlyList<TicketSummary>> LoadAsync(IQueryable<Ticket> query, CancellationToken cancellationToken)
    {
        var rows = await Project(query).ToListAsync(cancellationToken);
        return await ToSummariesAsync(rows, cancellationToken);
    }

    private IQueryable<TicketRow> Project(IQueryable<Ticket> query) =>
        query.Select(t => new TicketRow(
            t,
            db.TimeEntries.Any(e => e.TicketId == t.Id && (e.BilledInBillingId != null || e.TravelBilledInBillingId != null))
            || db.Extras.Any(e => e.TicketId == t.Id && e.BilledInBillingId != null),
            db.History.Where(h => h.TicketId == t.Id).Max(h => (DateTimeOffset?)h.At)));

    private async Task<IReadOnlyList<TicketSummary>> ToSummariesAsync(List<TicketRow> rows, CancellationToken cancellationToken)
    {
        var deskIds = rows.Select(r => r.Ticket.DeskId).Distinct().ToList();
        var desks = await db.Desks.AsNoTracking().Where(d => deskIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        return [.. rows.Select(r => ToSummary(r.Ticket, desks[r.Ticket.DeskId], r.Billed) with { UpdatedAt = r.UpdatedAt ?? r.Ticket.CreatedAt })];
    }

    private static TicketSummary ToSummary(Ticket t, ServiceDesk desk, bool billed) => new(
        t.Id,
        t.Number,
        t.Title,
        t.ClientId,
        t.ClientName,
        desk.Id,
        desk.Name,
        desk.Stages.Find(s => s.Id == t.StageId)?.Name ?? "",
        desk.Statuses.Find(s => s.Id == t.StatusId)?.Name ?? "",
        desk.Priorities.Find(s => s.Id == t.PriorityId)?.Name ?? "",
        t.State,
        t.ResponsibleName,
        t.CreatedAt,
        t.ClosedAt,
        t.ReviewedAt,
        billed)
    {
        StageId = t.StageId,
        StatusId = t.StatusId,
        PriorityId = t.PriorityId,
        ResponsibleUserId = t.ResponsibleUserId,
        RequesterName = t.RequesterName,
        RequesterEmail = t.RequesterEmail,
        ReopenCount = t.ReopenCount,
        UpdatedAt = t.CreatedAt,
    };

    private sealed record TicketRow(Ticket Ticket, bool Billed, DateTimeOffset? UpdatedAt);
}
