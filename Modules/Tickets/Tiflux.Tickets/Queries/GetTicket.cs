using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Queries;

/// <summary>A ticket with its entries, running timers, extras and history.</summary>
internal sealed class GetTicket(TicketsDbContext db)
{
    public async Task<TicketDto?> HandleAsync(int number, CancellationToken cancellationToken)
    {
        var t = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, cancellationToken);
        if (t is null)
        {
            return null;
        }

        var desk = await db.Desks.AsNoTracking().SingleAsync(d => d.Id == t.DeskId, cancellationToken);
        var entries = await db.TimeEntries.AsNoTracking().Where(e => e.TicketId == t.Id)
            .OrderBy(e => e.Date).ThenBy(e => e.Start).ToListAsync(cancellationToken);
        var timers = await db.Timers.AsNoTracking().Where(e => e.TicketId == t.Id).OrderBy(e => e.StartedAt)
            .Select(e => new RunningTimerDto(e.Id, e.TechnicianId, e.TechnicianName, e.StartedAt)).ToListAsync(cancellationToken);
        var extras = await db.Extras.AsNoTracking().Where(e => e.TicketId == t.Id).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)
            .ToListAsync(cancellationToken);
        var history = await db.History.AsNoTracking().Where(h => h.TicketId == t.Id).OrderBy(h => h.At).ThenBy(h => h.Id)
            .ToListAsync(cancellationToken);
        var related = await db.Tickets.AsNoTracking()
            .Where(x => x.Id == t.ParentTicketId || x.ParentTicketId == t.Id)
            .OrderBy(x => x.Number)
            .ToListAsync(cancellationToken);
        var billed = entries.Exists(e => e.IsLocked) || extras.Exists(e => e.BilledInBillingId is not null);
        return new TicketDto(
            t.Id, t.Number, t.Title, t.Description, t.ClientId, t.ClientName, desk.ToDto(), t.StageId, t.StatusId, t.PriorityId,
            t.State, t.ResponsibleUserId, t.ResponsibleName, t.RequesterName, t.RequesterEmail, t.ResourceId, t.ResourceName,
            t.ResourceGroupId, t.ResourceGroupName, t.CreatedAt, t.ClosedAt, t.ReviewDueAt, t.ReviewedAt, t.AutoReviewed,
            t.Rating, t.ReviewComment, t.DisapprovalReason, billed,
            [.. entries.Select(TimeEntryMapping.ToDto)], timers, [.. extras.Select(ToDto)], [.. history.Select(h => h.ToDto())])
        {
            ReopenCount = t.ReopenCount,
            RequestorId = t.RequestorId,
            RequesterTelephone = t.RequesterTelephone,
            RequesterExtension = t.RequesterExtension,
            Followers = t.Followers,
            Parent = related.Where(x => x.Id == t.ParentTicketId).Select(Reference).SingleOrDefault(),
            Children = [.. related.Where(x => x.ParentTicketId == t.Id).Select(Reference)],
            PriorityChangeReason = t.PriorityChangeReason,
            Origin = t.Origin,
            CreatedByUserId = t.CreatedByUserId,
            CreatedByName = t.CreatedByName,
            LastAnswerAt = t.LastAnswerAt,
            LastAnswerByClient = t.LastAnswerByClient,
            Authorization = t.Authorization,
            AuthorizationDecidedBy = t.AuthorizationDecidedBy,
            AuthorizationDecidedAt = t.AuthorizationDecidedAt,
            AuthorizationDenialReason = t.AuthorizationDenialReason,
            Sla = SlaMapping.ToDto(t.Sla, t.State, t.ClosedAt),

            ServicesCatalogItem = await CatalogProjections.RefAsync(db, t.ServicesCatalogItemId, cancellationToken),

            ChecklistProgress = new ChecklistProgressDto(t.ChecklistFieldsFilled, t.ChecklistFieldsTotal, t.ChecklistsBlockClose),
        };
    }

    private static TicketReferenceDto Reference(Lifecycle.Ticket x) =>
        new(x.Number, x.Title, x.DeskId, x.StageId, x.StatusId, x.ResponsibleUserId, x.State);

    private static ExtraValuationDto ToDto(ExtraValuation e) => new(
        e.Id, e.ExtraExpenseId, e.ExpenseName, e.Date, e.Quantity, e.UnitValue, e.Total, e.Description, e.AttachmentId,
        e.AttachmentName, e.BilledInBillingId);
}
