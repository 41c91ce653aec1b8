using Tiflux.Tickets.Lifecycle;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// The ticket's service catalog item, as the checklist rules read it. The catalog is built in parallel (issue 24); at
/// merge this points at <c>Ticket.ServicesCatalogItemId</c>, and templates required for catalog items start to apply.
/// </summary>
internal static class ChecklistCatalogSeam
{
    public static Guid? CatalogItemOf(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return null;
    }
}
