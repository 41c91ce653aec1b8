using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings.Catalog;

/// <summary>A desk's "Catálogo de serviço" tab: the catalogs it offers and whether an item is required to open or close.</summary>
[Authorize(Policy = Permissions.DesksManage)]
public sealed class DeskModel(ITicketCatalog catalog, ITicketSetup setup) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<Guid> CatalogIds { get; set; } = [];

    [BindProperty]
    public bool RequireToOpen { get; set; }

    [BindProperty]
    public bool RequireToClose { get; set; }

    public string DeskName { get; private set; } = "";

    public IReadOnlyList<ServicesCatalogDto> Catalogs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await catalog.GetDeskSettingsAsync(Id, cancellationToken);
        if (settings is null)
        {
            return NotFound();
        }

        CatalogIds = [.. settings.CatalogIds];
        RequireToOpen = settings.RequireCatalogItemToOpen;
        RequireToClose = settings.RequireCatalogItemToClose;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await catalog.SaveDeskSettingsAsync(new DeskCatalogSettingsDto(Id, CatalogIds, RequireToOpen, RequireToClose), cancellationToken);
        if (result.Errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        if (result.IsSuccess)
        {
            TempData["Flash"] = "Catálogo da mesa salvo.";
            return RedirectToPage(new { id = Id });
        }

        ModelState.AddResultErrors<DeskModel>(result, "");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        DeskName = (await setup.GetDesksAsync(cancellationToken)).FirstOrDefault(d => d.Id == Id)?.Name ?? "";
        // Active catalogs, plus the linked ones that were deactivated (so unticking them is possible).
        var all = await catalog.ListCatalogsAsync(new CatalogListRequest(Active: null, PageSize: PagedList.MaxSize), cancellationToken);
        Catalogs = [.. all.Items.Where(c => c.Active || CatalogIds.Contains(c.Id))];
    }
}
