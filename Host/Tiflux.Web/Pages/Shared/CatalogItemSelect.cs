using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>One choice of the catalog item select: the item's name in its group "Catálogo › Área".</summary>
public sealed record CatalogItemOption(Guid Id, string Group, string Name);

/// <summary>
/// What the _CatalogItemSelect partial needs: the form field, its label, the text of the empty choice, the items (in
/// the order shown, grouped by <see cref="CatalogItemOption.Group"/>), the chosen one, and whether the field's error is
/// shown (not in a list filter, whose unreadable values are ignored).
/// </summary>
public sealed record CatalogItemSelect(
    string Field, string Label, string EmptyLabel, IReadOnlyList<CatalogItemOption> Options, Guid? Selected, bool ShowsError = true);

/// <summary>The catalog items pages offer: a desk's selectable items (service-desk.md §7), as select options.</summary>
public static class CatalogItemChoices
{
    /// <summary>
    /// Pages read at most this many module pages of items (<see cref="PagedList.MaxSize"/> each): a select of more
    /// than a few thousand items is unusable anyway, and a page must not load without bound.
    /// </summary>
    private const int MaxPages = 10;

    /// <summary>The desk's selectable items, by catalog, area and name.</summary>
    public static async Task<IReadOnlyList<CatalogItemOption>> OfDeskAsync(ITicketCatalog catalog, Guid deskId, CancellationToken cancellationToken)
    {
        var options = new List<CatalogItemOption>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var found = await catalog.ListDeskItemsAsync(new DeskCatalogItemsRequest(deskId, Page: page, PageSize: PagedList.MaxSize), cancellationToken);
            options.AddRange(found.Items.Select(i => new CatalogItemOption(i.Id, Group(i.CatalogName, i.AreaName), i.Name)));
            if (page >= found.TotalPages)
            {
                break;
            }
        }

        return options;
    }

    /// <summary>
    /// The options plus the ticket's current item when the desk no longer offers it (deactivated or unlinked), first:
    /// the form shows what the ticket carries, and saving it unchanged keeps it.
    /// </summary>
    public static IReadOnlyList<CatalogItemOption> WithCurrent(IReadOnlyList<CatalogItemOption> options, CatalogItemRefDto? current) =>
        current is null || options.Any(o => o.Id == current.Id)
            ? options
            : [new CatalogItemOption(current.Id, Group(current.CatalogName, current.AreaName), $"{current.ItemName} (inativo)"), .. options];

    /// <summary>Every desk's selectable items, each once, by group and name, plus <paramref name="chosen"/> when no desk offers it.</summary>
    public static async Task<IReadOnlyList<CatalogItemOption>> OfDesksAsync(
        ITicketCatalog catalog, IEnumerable<Guid> deskIds, Guid? chosen, CancellationToken cancellationToken)
    {
        var options = new Dictionary<Guid, CatalogItemOption>();
        foreach (var deskId in deskIds)
        {
            foreach (var option in await OfDeskAsync(catalog, deskId, cancellationToken))
            {
                options.TryAdd(option.Id, option);
            }
        }

        if (chosen is { } id && !options.ContainsKey(id) && await catalog.GetItemAsync(id, cancellationToken) is { } item)
        {
            options[id] = new CatalogItemOption(item.Id, Group(item.CatalogName, item.AreaName), item.Active ? item.Name : $"{item.Name} (inativo)");
        }

        return [.. options.Values.OrderBy(o => o.Group, PtBr.Collator).ThenBy(o => o.Name, PtBr.Collator)];
    }

    public static string Group(string catalogName, string areaName) => $"{catalogName} › {areaName}";
}
