using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Queries;

/// <summary>
/// Ticket rows as summaries in one statement: only the columns a summary shows (never the description, up to 20,000
/// characters), the desk's names of stage, status and priority, whether anything is billed, and the last change.
/// </summary>
internal sealed class TicketSummaries(TicketsDbContext db)
{
    public async Task<IReadOnlyList<TicketSummary>> LoadAsync(IQueryable<Ticket> query, CancellationToken cancellationToken)
    {
        return await Project(query).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A page of <paramref name="filtered"/>, newest number first, with the count of every row that matches. The count
    /// rides along as an uncorrelated scalar subquery (PostgreSQL runs it once), so page and total are one round trip;
    /// only a page past the end, which has no row to carry it, counts alone.
    /// </summary>
    public async Task<PagedList<TicketSummary>> LoadPageAsync(
        IQueryable<Ticket> filtered, int page, int size, CancellationToken cancellationToken, bool bySlaDeadline = false)
    {
        // The page is chosen on the ids alone: PostgreSQL computes a row's select list (names, billed, last change) even
        // for the rows OFFSET skips, so a far page would otherwise run those lookups for every ticket before it.
        var pageIds = Order(filtered, bySlaDeadline).Skip(PagedList.Skip(page, size)).Take(size).Select(t => t.Id);
        var rows = await Project(Order(db.Tickets.AsNoTracking().Where(t => pageIds.Contains(t.Id)), bySlaDeadline))
            .Select(s => new SummaryRow(s, filtered.Count()))
            .ToListAsync(cancellationToken);
        var total = rows.Count > 0 ? rows[0].Total : page == 1 ? 0 : await filtered.CountAsync(cancellationToken);
        return new PagedList<TicketSummary>([.. rows.Select(r => r.Summary)], page, size, total);
    }

    // Newest first, or the earliest solution deadline first (tickets without one last; the partial index serves open ones).
    private static IQueryable<Ticket> Order(IQueryable<Ticket> query, bool bySlaDeadline) => bySlaDeadline
        ? query.OrderBy(t => t.Sla.SolutionDeadline == null).ThenBy(t => t.Sla.SolutionDeadline).ThenByDescending(t => t.Number)
        : query.OrderByDescending(t => t.Number);

    private IQueryable<TicketSummary> Project(IQueryable<Ticket> query)
    {
        var stages = db.Set<DeskStage>();
        var statuses = db.Set<DeskStatus>();
        var priorities = db.Set<DeskPriority>();
        var catalogItems = CatalogProjections.Items(db);
        return query.Select(t => new TicketSummary(
            t.Id,
            t.Number,
            t.Title,
            t.ClientId,
            t.ClientName,
            t.DeskId,
            db.Desks.Where(d => d.Id == t.DeskId).Select(d => d.Name).First(),
            stages.Where(s => s.Id == t.StageId && s.DeskId == t.DeskId).Select(s => s.Name).FirstOrDefault() ?? "",
            statuses.Where(s => s.Id == t.StatusId && s.DeskId == t.DeskId).Select(s => s.Name).FirstOrDefault() ?? "",
            priorities.Where(s => s.Id == t.PriorityId && s.DeskId == t.DeskId).Select(s => s.Name).FirstOrDefault() ?? "",
            t.State,
            t.ResponsibleName,
            t.CreatedAt,
            t.ClosedAt,
            t.ReviewedAt,
            db.TimeEntries.Any(e => e.TicketId == t.Id && (e.BilledInBillingId != null || e.TravelBilledInBillingId != null))
            || db.Extras.Any(e => e.TicketId == t.Id && e.BilledInBillingId != null))
            {
            StageId = t.StageId,
            StatusId = t.StatusId,
            PriorityId = t.PriorityId,
            ResponsibleUserId = t.ResponsibleUserId,
            RequesterName = t.RequesterName,
            RequesterEmail = t.RequesterEmail,
            ReopenCount = t.ReopenCount,
            RequestorId = t.RequestorId,
            LastAnswerAt = t.LastAnswerAt,
            Authorization = t.Authorization,
            Followers = t.Followers,
            Origin = t.Origin,
            LastAnswerByClient = t.LastAnswerByClient,
            Sla = SlaMapping.ToDto(t.Sla, t.State, t.ClosedAt),
            ServicesCatalogItem = catalogItems.Where(x => x.Item.Id == t.ServicesCatalogItemId)
                .Select(x => new CatalogItemRefDto(x.Item.Id, x.Item.Name, x.Area.Id, x.Area.Name, x.Catalog.Id, x.Catalog.Name)).FirstOrDefault(),
            UpdatedAt = db.History.Where(h => h.TicketId == t.Id).Max(h => (DateTimeOffset?)h.At) ?? t.CreatedAt,
            ChecklistProgress = new ChecklistProgressDto(t.ChecklistFieldsFilled, t.ChecklistFieldsTotal, t.ChecklistsBlockClose),
            });
    }

    private sealed record SummaryRow(TicketSummary Summary, int Total);
}
