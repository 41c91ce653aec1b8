using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The "dados" tab's service catalog item: the desk's selectable items, plus the ticket's own when inactive.</summary>
public sealed partial class DetailsModel
{
    private const string CatalogItemField = $"{nameof(Input)}.{nameof(TicketInput.ServicesCatalogItemId)}";

    /// <summary>
    /// The item select of the data form (the view sets the chosen item: <see cref="Input"/> is filled after loading);
    /// null when neither the desk offers items nor the ticket has one.
    /// </summary>
    public CatalogItemSelect? CatalogItems { get; private set; }

    /// <summary>
    /// The item's error (e.g. closing refused without an item) when the data form's select is not on the page, so
    /// that it is shown anyway.
    /// </summary>
    public string? CatalogItemErrorElsewhere =>
        (Tab != "dados" || CatalogItems is null) && ModelState.TryGetValue(CatalogItemField, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    private async Task<bool> LoadCatalogItemsAsync(CancellationToken cancellationToken)
    {
        var options = CatalogItemChoices.WithCurrent(
            await CatalogItemChoices.OfDeskAsync(catalog, Ticket.Desk.Id, cancellationToken), Ticket.ServicesCatalogItem);
        if (options.Count == 0)
        {
            CatalogItems = null;
            return true;
        }

        var requiredToClose = (await catalog.GetDeskSettingsAsync(Ticket.Desk.Id, cancellationToken))?.RequireCatalogItemToClose == true;
        CatalogItems = new CatalogItemSelect(
            CatalogItemField,
            requiredToClose ? "Item do catálogo de serviços (obrigatório para fechar)" : "Item do catálogo de serviços",
            "Nenhum",
            options,
            Selected: null);
        return true;
    }
}
