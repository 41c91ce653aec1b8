using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

/// <summary>The filters of the ticket list, applied in a fixed order so the SQL stays the same for the same request.</summary>
internal sealed partial class TicketFilter(TicketsDbContext db)
{
    public IQueryable<Ticket> Apply(IQueryable<Ticket> query, TicketListRequest r)
    {
        query = ByChoices(query, r);
        query = ByWork(query, r);
        query = ByCreationDay(query, r);
        query = ByLists(query, r);
        return ByText(query, r);
    }

    /// <summary>Single client, desk, status, stage and state.</summary>
    private static IQueryable<Ticket> ByChoices(IQueryable<Ticket> query, TicketListRequest r)
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

        // A ticket waiting for the client's authorization is not in the desk's queue: listed only when asked for.
        var authorization = r.Authorization;
        query = authorization is null
            ? query.Where(t => t.Authorization != TicketAuthorization.Pending)
            : query.Where(t => t.Authorization == authorization);
        if (r.SlaExpiringBefore?.ToUniversalTime() is { } expiringBefore)
        {
            // UTC: timestamptz parameters must be (a caller may send −03:00).
            query = query.Where(t => t.State == TicketState.Open && t.Sla.Active && t.Sla.PausedAt == null && t.Sla.SolutionDeadline <= expiringBefore);
        }

        if (r.Participant is { Length: > 0 } participant)
        {
            var email = participant.Trim().ToLowerInvariant();
            var pattern = LikePattern.Exactly(email);
            query = query.Where(t => EF.Functions.ILike(t.RequesterEmail!, pattern, LikePattern.Escape) || t.Followers.Contains(email));
        }

        return query;
    }

    /// <summary>Who worked on the ticket, whether it was reviewed and whether any of its items were billed.</summary>
    private IQueryable<Ticket> ByWork(IQueryable<Ticket> query, TicketListRequest r)
    {
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

        return query;
    }

    /// <summary>Creation between two São Paulo days (both inclusive).</summary>
    private static IQueryable<Ticket> ByCreationDay(IQueryable<Ticket> query, TicketListRequest r)
    {
        if (r.From is { } from)
        {
            var start = BrazilTime.StartOf(from);
            query = query.Where(t => t.CreatedAt >= start);
        }

        if (r.To is { } to)
        {
            var end = BrazilTime.StartOf(to.AddDays(1));
            query = query.Where(t => t.CreatedAt < end);
        }

        return query;
    }

    /// <summary>A number finds that ticket; any other text searches the title.</summary>
    private static IQueryable<Ticket> ByText(IQueryable<Ticket> query, TicketListRequest r)
    {
        if (!string.IsNullOrWhiteSpace(r.Text))
        {
            var text = r.Text.Trim();
            query = int.TryParse(text, out var number)
                ? query.Where(t => t.Number == number)
                : query.Where(t => EF.Functions.ILike(t.Title, LikePattern.Contains(text), LikePattern.Escape));
        }

        return query;
    }
}
