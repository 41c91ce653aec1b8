using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tickets;

internal sealed class TicketQueries(TicketsDbContext db)
{
    public async Task<PagedList<TicketSummary>> ListAsync(TicketListRequest request, CancellationToken cancellationToken)
    {
        var query = Filter(db.Tickets.AsNoTracking(), request);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var rows = await Project(query.OrderByDescending(t => t.Number).Skip(PagedList.Skip(page, size)).Take(size)).ToListAsync(cancellationToken);
        return new PagedList<TicketSummary>(await ToSummariesAsync(rows, cancellationToken), page, size, total);
    }

    public async Task<IReadOnlyList<TicketSummary>> ReviewQueueAsync(CancellationToken cancellationToken)
    {
        var rows = await Project(db.Tickets.AsNoTracking()
                .Where(t => t.State == TicketState.AwaitingReview)
                .OrderBy(t => t.ReviewDueAt))
            .ToListAsync(cancellationToken);
        return await ToSummariesAsync(rows, cancellationToken);
    }

    public async Task<IReadOnlyList<TicketSummary>> SummariesAsync(IReadOnlyCollection<int> numbers, CancellationToken cancellationToken)
    {
        var rows = await Project(db.Tickets.AsNoTracking().Where(t => numbers.Contains(t.Number)).OrderBy(t => t.Number))
            .ToListAsync(cancellationToken);
        return await ToSummariesAsync(rows, cancellationToken);
    }

    private IQueryable<Ticket> Filter(IQueryable<Ticket> query, TicketListRequest r)
    {
        if (r.ClientId is { } clientId)
        {
            query = query.Where(t => t.ClientId == clientId);
        }

        if (r.DeskId is { } deskId)
        {
            query = query.Where(t => t.DeskId == deskId);
        }

        if (r.StatusId is { } statusId)
        {
            query = query.Where(t => t.StatusId == statusId);
        }

        if (r.StageId is { } stageId)
        {
            query = query.Where(t => t.StageId == stageId);
        }

        if (r.State is { } state)
        {
            query = query.Where(t => t.State == state);
        }

        if (r.TechnicianId is { } technicianId)
        {
            query = query.Where(t => t.ResponsibleUserId == technicianId
                || db.TimeEntries.Any(e => e.TicketId == t.Id && e.TechnicianId == technicianId));
        }

        if (r.Reviewed is { } reviewed)
        {
            query = reviewed ? query.Where(t => t.State == TicketState.Reviewed) : query.Where(t => t.State != TicketState.Reviewed);
        }

        if (r.Billed is { } billed)
        {
            query = query.Where(t =>
                (db.TimeEntries.Any(e => e.TicketId == t.Id && (e.BilledInBillingId != null || e.TravelBilledInBillingId != null))
                || db.Extras.Any(e => e.TicketId == t.Id && e.BilledInBillingId != null)) == billed);
        }

        if (r.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-3));
            query = query.Where(t => t.CreatedAt >= start);
        }

        if (r.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-3));
            query = query.Where(t => t.CreatedAt < end);
        }

        query = FilterLists(query, r);

        if (!string.IsNullOrWhiteSpace(r.Text))
        {
            var text = r.Text.Trim();
            query = int.TryParse(text, out var number)
                ? query.Where(t => t.Number == number)
                : query.Where(t => EF.Functions.ILike(t.Title, "%" + text.Replace("%", "\\%", StringComparison.Ordinal) + "%"));
        }

        return query;
    }

    private static IQueryable<Ticket> FilterLists(IQueryable<Ticket> query, TicketListRequest r)
    {
        if (r.DeskIds is { } desks)
        {
            query = query.Where(t => desks.Contains(t.DeskId));
        }

        if (r.ClientIds is { } clients)
        {
            query = query.Where(t => clients.Contains(t.ClientId));
        }

        if (r.StageIds is { } stages)
        {
            query = query.Where(t => stages.Contains(t.StageId));
        }

        if (r.PriorityIds is { } priorities)
        {
            query = query.Where(t => priorities.Contains(t.PriorityId));
        }

        if (r.ResponsibleIds is { } responsibles)
        {
            query = query.Where(t => t.ResponsibleUserId != null && responsibles.Contains(t.ResponsibleUserId.Value));
        }

        if (r.States is { } states)
        {
            query = query.Where(t => states.Contains(t.State));
        }

        if (!string.IsNullOrWhiteSpace(r.RequesterEmail))
        {
            var email = r.RequesterEmail.Trim().Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            query = query.Where(t => t.RequesterEmail != null && EF.Functions.ILike(t.RequesterEmail, email));
        }

        if (r.Since is { } since)
        {
            query = r.ByClosingTime ? query.Where(t => t.ClosedAt >= since) : query.Where(t => t.CreatedAt >= since);
        }

        if (r.Until is { } until)
        {
            query = r.ByClosingTime ? query.Where(t => t.ClosedAt <= until) : query.Where(t => t.CreatedAt <= until);
        }

        return query;
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

    public static TicketSummary ToSummary(Ticket t, ServiceDesk desk, bool billed) => new(
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
