using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings.Catalog;

/// <summary>
/// Catálogo de serviços: catalogs, the areas of the chosen catalog (?catalogo=) and the items of the chosen area
/// (?area=), each with a create/edit form; unticking "Ativo" deactivates (a catalog takes its areas and items along).
/// </summary>
[Authorize(Policy = Permissions.ServiceCatalogsManage)]
public sealed class IndexModel(ITicketCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "catalogo")]
    public Guid? CatalogId { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public Guid? AreaId { get; set; }

    [BindProperty]
    public NameInput CatalogInput { get; set; } = new();

    [BindProperty]
    public NameInput AreaInput { get; set; } = new();

    [BindProperty]
    public ItemInput Item { get; set; } = new();

    public IReadOnlyList<ServicesCatalogDto> Catalogs { get; private set; } = [];

    public IReadOnlyList<ServicesCatalogAreaDto> Areas { get; private set; } = [];

    public IReadOnlyList<ServicesCatalogItemDto> Items { get; private set; } = [];

    public ServicesCatalogDto? SelectedCatalog => Catalogs.FirstOrDefault(c => c.Id == CatalogId);

    public ServicesCatalogAreaDto? SelectedArea => Areas.FirstOrDefault(a => a.Id == AreaId);

    public async Task<IActionResult> OnGetAsync(Guid? editarItem, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if ((CatalogId is not null && SelectedCatalog is null) || (AreaId is not null && SelectedArea is null))
        {
            return NotFound();
        }

        CatalogInput = SelectedCatalog is { } c ? new NameInput { Id = c.Id, Name = c.Name, Active = c.Active } : new NameInput();
        AreaInput = SelectedArea is { } a ? new NameInput { Id = a.Id, Name = a.Name, Active = a.Active } : new NameInput();
        if (editarItem is { } itemId && Items.FirstOrDefault(i => i.Id == itemId) is { } item)
        {
            Item = new ItemInput
            {
                Id = item.Id, Name = item.Name, Attendance = PtBr.Hhmm(item.AttendanceMinutes), Solution = PtBr.Hhmm(item.SolutionMinutes), Active = item.Active,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCatalogAsync(CancellationToken cancellationToken)
    {
        var result = await catalog.SaveCatalogAsync(new SaveServicesCatalogRequest(CatalogInput.Id, CatalogInput.Name ?? "", CatalogInput.Active), cancellationToken);
        return await AfterSaveAsync(result, nameof(CatalogInput), "Catálogo salvo.", result.IsSuccess ? result.Value : null, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAreaAsync(CancellationToken cancellationToken)
    {
        if (CatalogId is not { } catalogId)
        {
            return NotFound();
        }

        var result = await catalog.SaveAreaAsync(new SaveCatalogAreaRequest(AreaInput.Id, catalogId, AreaInput.Name ?? "", AreaInput.Active), cancellationToken);
        return await AfterSaveAsync(result, nameof(AreaInput), "Área salva.", catalogId, result.IsSuccess ? result.Value : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostItemAsync(CancellationToken cancellationToken)
    {
        if (CatalogId is not { } catalogId || AreaId is not { } areaId)
        {
            return NotFound();
        }

        var attendance = ModelState.Hhmm(Item.Attendance, "Item.Attendance");
        var solution = ModelState.Hhmm(Item.Solution, "Item.Solution");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await catalog.SaveItemAsync(
            new SaveCatalogItemRequest(Item.Id, areaId, Item.Name ?? "", attendance ?? 0, solution ?? 0, Item.Active), cancellationToken);
        return await AfterSaveAsync(result, nameof(Item), "Item salvo.", catalogId, areaId, cancellationToken);
    }

    private async Task<IActionResult> AfterSaveAsync(Result result, string prefix, string flash, Guid? catalogId, Guid? areaId, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = flash;
            return RedirectToPage(new { catalogo = catalogId, area = areaId });
        }

        var renames = new Dictionary<string, string> { ["AttendanceMinutes"] = nameof(ItemInput.Attendance), ["SolutionMinutes"] = nameof(ItemInput.Solution) };
        if (prefix == nameof(Item))
        {
            ModelState.AddResultErrors<ItemInput>(result, prefix, renames);
        }
        else
        {
            ModelState.AddResultErrors<NameInput>(result, prefix);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Catalogs = (await catalog.ListCatalogsAsync(new CatalogListRequest(Active: null, PageSize: PagedList.MaxSize), cancellationToken)).Items;
        Areas = CatalogId is { } catalogId
            ? (await catalog.ListAreasAsync(catalogId, new CatalogListRequest(Active: null, PageSize: PagedList.MaxSize), cancellationToken)).Items
            : [];
        Items = AreaId is { } areaId && Areas.Any(a => a.Id == areaId)
            ? (await catalog.ListItemsAsync(areaId, new CatalogListRequest(Active: null, PageSize: PagedList.MaxSize), cancellationToken)).Items
            : [];
    }

    public sealed class NameInput
    {
        public Guid? Id { get; set; }

        public string? Name { get; set; }

        public bool Active { get; set; } = true;
    }

    public sealed class ItemInput
    {
        public Guid? Id { get; set; }

        public string? Name { get; set; }

        /// <summary>Tempo de atendimento, HH:MM.</summary>
        public string? Attendance { get; set; }

        /// <summary>Tempo de solução, HH:MM.</summary>
        public string? Solution { get; set; }

        public bool Active { get; set; } = true;
    }
}
