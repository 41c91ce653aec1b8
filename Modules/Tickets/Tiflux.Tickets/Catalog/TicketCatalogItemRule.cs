using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Catalog;

/// <summary>
/// The one home of the ticket's catalog-item rules (service-desk.md §7): an item must be selectable in the ticket's
/// desk when it is set or when the ticket moves to another desk (a transfer whose item the new desk does not offer is
/// refused, not silently cleared: the item is the SLA's source); the desk may require an item to open or to close.
/// An item that was deactivated after being set stays on the ticket while the desk does not change.
/// </summary>
internal static class TicketCatalogItemRule
{
    public const string Field = "ServicesCatalogItemId";
    public const string NotInDesk = "catalog_item_not_in_desk";
    public const string RequiredToOpen = "catalog_item_required_to_open";
    public const string RequiredToClose = "catalog_item_required_to_close";

    /// <summary>The errors of opening a ticket on <paramref name="desk"/> with <paramref name="itemId"/>.</summary>
    public static async Task<IReadOnlyList<Error>> CheckOpenAsync(TicketsDbContext db, ServiceDesk desk, Guid? itemId, CancellationToken cancellationToken)
    {
        if (itemId is null)
        {
            return desk.RequireCatalogItemToOpen
                ? [Error.Rule(RequiredToOpen, Field, $"A mesa {desk.Name} exige um item do catálogo de serviços para abrir o ticket.")]
                : [];
        }

        return await IsSelectableAsync(db, desk.Id, itemId.Value, cancellationToken) ? [] : [NotInDeskError(desk)];
    }

    /// <summary>
    /// The errors of a ticket change: <paramref name="newItemId"/> is the item the ticket will carry (the current one when
    /// the request does not change it) on <paramref name="desk"/> (the target desk on a transfer).
    /// </summary>
    public static async Task<IReadOnlyList<Error>> CheckChangeAsync(
        TicketsDbContext db, Ticket ticket, ServiceDesk desk, Guid? newItemId, CancellationToken cancellationToken)
    {
        var unchanged = newItemId == ticket.ServicesCatalogItemId && desk.Id == ticket.DeskId;
        if (newItemId is null || unchanged)
        {
            return [];
        }

        return await IsSelectableAsync(db, desk.Id, newItemId.Value, cancellationToken) ? [] : [NotInDeskError(desk)];
    }

    /// <summary>Null when the ticket may close; otherwise why not.</summary>
    public static Error? CheckClose(Ticket ticket, ServiceDesk desk) =>
        desk.RequireCatalogItemToClose && ticket.ServicesCatalogItemId is null
            ? Error.Rule(RequiredToClose, Field, $"A mesa {desk.Name} exige um item do catálogo de serviços para fechar o ticket; informe o item antes.")
            : null;

    private static Task<bool> IsSelectableAsync(TicketsDbContext db, Guid deskId, Guid itemId, CancellationToken cancellationToken) =>
        CatalogProjections.Selectable(db, deskId).AnyAsync(x => x.Item.Id == itemId, cancellationToken);

    private static Error NotInDeskError(ServiceDesk desk) =>
        Error.Rule(NotInDesk, Field, $"O item de catálogo não pertence a esta mesa ({desk.Name}) ou está inativo.");
}
