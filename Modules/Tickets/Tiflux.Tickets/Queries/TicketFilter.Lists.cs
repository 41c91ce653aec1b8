using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Queries;

/// <summary>The multi-valued filters (the API's lists of desks, clients, …), the requester's e-mail and an instant range.</summary>
internal sealed partial class TicketFilter
{
    private static IQueryable<Ticket> ByLists(IQueryable<Ticket> query, TicketListRequest r)
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

        if (r.RequestorId is { } requestorId)
        {
            query = query.Where(t => t.RequestorId == requestorId);
        }

        if (r.ServicesCatalogItemIds is { } catalogItems)
        {
            query = query.Where(t => t.ServicesCatalogItemId != null && catalogItems.Contains(t.ServicesCatalogItemId.Value));
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
}
