using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings;

[Authorize(Policy = Permissions.FinancialSettings)]
public sealed class TravelsModel(ICatalogAdministration catalog, IContractsAdministration contracts, IContractsModule module) : PageModel
{
    /// <summary>The travel being edited (?editar=id); null while creating.</summary>
    [BindProperty(SupportsGet = true, Name = "editar")]
    public Guid? EditId { get; set; }

    [BindProperty]
    public TravelInput Input { get; set; } = new();

    public IReadOnlyList<TravelDto> Travels { get; private set; } = [];

    public Dictionary<Guid, string> ClientNames { get; private set; } = [];

    public Dictionary<Guid, string> ContractNames { get; private set; } = [];

    public List<SelectListItem> ClientOptions => [.. ClientNames.Select(c => new SelectListItem(c.Value, c.Key.ToString()))];

    public List<SelectListItem> ContractOptions => [.. ContractNames.Select(c => new SelectListItem(c.Value, c.Key.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (EditId is { } id)
        {
            var travel = Travels.FirstOrDefault(t => t.Id == id);
            if (travel is null)
            {
                return NotFound();
            }

            Input = new TravelInput
            {
                Name = travel.Name,
                Value = PtBr.MoneyInput(travel.Value),
                Scope = travel.Scope,
                ClientId = travel.ClientId,
                ContractId = travel.ContractId,
                Active = travel.Active,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var value = ModelState.Money(Input.Value, "Input.Value");
        if (ModelState.IsValid)
        {
            var request = new SaveTravelRequest(Input.Name ?? "", value ?? 0m, Input.Scope, Input.ClientId, Input.ContractId, Input.Active);
            var result = await catalog.SaveTravelAsync(EditId, request, cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Deslocamento {request.Name.Trim()} salvo.";
                return RedirectToPage(new { editar = (Guid?)null });
            }

            ModelState.AddResultErrors<TravelInput>(result, nameof(Input));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string ScopeText(TravelDto travel) => travel.Scope switch
    {
        TravelScope.Client when travel.ClientId is { } c => "Cliente: " + ClientNames.GetValueOrDefault(c, "?"),
        TravelScope.Contract when travel.ContractId is { } c => "Contrato: " + ContractNames.GetValueOrDefault(c, "?"),
        _ => ContractsText.Scope(travel.Scope),
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Travels = await catalog.ListTravelsAsync(cancellationToken);
        ClientNames = (await module.GetClientsAsync(null, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var list = await contracts.ListContractsAsync(new ContractListRequest(null, null, null, null, 1, 200), cancellationToken);
        ContractNames = list.Items.ToDictionary(c => c.Id, c => string.Create(CultureInfo.InvariantCulture, $"{c.Number} · {c.Name} ({c.ClientName})"));
    }

    public sealed class TravelInput
    {
        public string? Name { get; set; }

        public string? Value { get; set; }

        public TravelScope Scope { get; set; } = TravelScope.All;

        public Guid? ClientId { get; set; }

        public Guid? ContractId { get; set; }

        public bool Active { get; set; } = true;
    }
}
