using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// Templates a ticket must carry: the active ones of its desk required for its client or its catalog item
/// (service-desk.md §5.6). New tickets get them attached; a ticket missing one cannot close.
/// </summary>
internal static class RequiredChecklists
{
    /// <summary>
    /// Attaches every required template the ticket lacks and refreshes its progress; saved by the caller's
    /// <c>SaveChanges</c>, in its transaction. <paramref name="catalogItemId"/>: the ticket's catalog item, if any.
    /// </summary>
    public static async Task AttachRequiredAsync(TicketsDbContext db, Ticket ticket, Guid? catalogItemId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var required = await RequiredForAsync(db, ticket, catalogItemId, cancellationToken);
        var present = await db.TicketChecklists.Where(c => c.TicketId == ticket.Id).ToListAsync(cancellationToken);
        var added = required.Where(t => !present.Exists(c => c.TemplateId == t.Id))
            .Select(t => TicketChecklist.Snapshot(t, ticket.Id, required: true, now)).ToList();
        db.TicketChecklists.AddRange(added);
        ChecklistProgress.Refresh(ticket, [.. present, .. added]);
    }

    /// <summary>Names of the required templates that are not on the ticket.</summary>
    public static async Task<IReadOnlyList<string>> MissingAsync(
        TicketsDbContext db, Ticket ticket, IReadOnlyCollection<TicketChecklist> checklists, CancellationToken cancellationToken)
    {
        var required = await RequiredForAsync(db, ticket, ticket.ServicesCatalogItemId, cancellationToken);
        return [.. required.Where(t => !checklists.Any(c => c.TemplateId == t.Id)).Select(t => t.Name)];
    }

    private static async Task<List<ChecklistTemplate>> RequiredForAsync(TicketsDbContext db, Ticket ticket, Guid? catalogItemId, CancellationToken cancellationToken)
    {
        var item = catalogItemId ?? Guid.Empty;
        var templates = await db.ChecklistTemplates.AsNoTracking()
            .Where(t => t.Active && (t.RequiredForClientIds.Contains(ticket.ClientId) || (catalogItemId != null && t.RequiredForCatalogItemIds.Contains(item))))
            .OrderBy(t => t.Name)
            .ToListAsync(cancellationToken);
        return [.. templates.Where(t => t.Serves(ticket.DeskId))];
    }
}
