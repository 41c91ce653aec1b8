using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings;

[Authorize(Policy = Permissions.FinancialSettings)]
public sealed class StandaloneServicesModel(ICatalogAdministration catalog, IContractsModule module) : PageModel
{
    /// <summary>The service being edited (?editar=id); null while creating.</summary>
    [BindProperty(SupportsGet = true, Name = "editar")]
    public Guid? EditId { get; set; }

    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    public IReadOnlyList<StandaloneServiceDto> Services { get; private set; } = [];

    public Dictionary<Guid, string> ClientNames { get; private set; } = [];

    public List<SelectListItem> ClientOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (EditId is { } id)
        {
            var service = Services.FirstOrDefault(s => s.Id == id);
            if (service is null)
            {
                return NotFound();
            }

            Input = new ServiceInput
            {
                Name = service.Name,
                ClientId = service.ClientId,
                ExternalHourRate = PtBr.MoneyInput(service.ExternalHourRate),
                RemoteHourRate = PtBr.MoneyInput(service.RemoteHourRate),
                InternalHourRate = PtBr.MoneyInput(service.InternalHourRate),
                Active = service.Active,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var external = ModelState.Money(Input.ExternalHourRate, "Input.ExternalHourRate");
        var remote = ModelState.Money(Input.RemoteHourRate, "Input.RemoteHourRate");
        var internalRate = ModelState.Money(Input.InternalHourRate, "Input.InternalHourRate");
        if (ModelState.IsValid)
        {
            var request = new SaveStandaloneServiceRequest(Input.Name ?? "", Input.ClientId, external ?? 0m, remote ?? 0m, internalRate ?? 0m, Input.Active);
            var result = await catalog.SaveStandaloneServiceAsync(EditId, request, cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Serviço avulso {request.Name.Trim()} salvo.";
                return RedirectToPage(new { editar = (Guid?)null });
            }

            ModelState.AddResultErrors<ServiceInput>(result, nameof(Input));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Services = await catalog.ListStandaloneServicesAsync(cancellationToken);
        var clients = await module.GetClientsAsync(null, cancellationToken);
        ClientNames = clients.ToDictionary(c => c.Id, c => c.Name);
        ClientOptions = [.. clients.Select(c => new SelectListItem(c.Name, c.Id.ToString()))];
    }

    public sealed class ServiceInput
    {
        public string? Name { get; set; }

        public Guid? ClientId { get; set; }

        public string? ExternalHourRate { get; set; }

        public string? RemoteHourRate { get; set; }

        public string? InternalHourRate { get; set; }

        public bool Active { get; set; } = true;
    }
}
