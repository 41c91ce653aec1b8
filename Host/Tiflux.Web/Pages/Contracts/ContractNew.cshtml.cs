using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ContractsManage)]
public sealed class ContractNewModel(IContractsAdministration contracts, IContractsModule module, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ContractInput Input { get; set; } = new();

    public IReadOnlyList<ContractTypeDto> Types { get; private set; } = [];

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public async Task OnGetAsync(Guid? cliente, CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        Input = new ContractInput
        {
            ClientId = cliente,
            Settings = new ContractSettingsInput
            {
                StartDate = today,
                BillingTiming = ContractDefaults.Timing,
                CycleAnchor = ContractDefaults.Anchor,
                BillingDaysBefore = ContractDefaults.BillingDaysBefore,
                AdjustmentIntervalMonths = ContractDefaults.AdjustmentIntervalMonths,

                // Left blank: the Contracts module schedules the first adjustment from the start date the user enters.
                NextAdjustmentDate = null,
                TimeRoundingIncrementMinutes = 0,
                MinimumMinutesPerEntry = 0,
            },
            Rider = new RiderInput { DueDay = ContractDefaults.DueDay },
        };
        Input.Rider.WithItemRows();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Rider.WithItemRows();
        var type = Types.FirstOrDefault(t => t.Id == Input.ContractTypeId);
        if (Input.ClientId is null)
        {
            ModelState.AddModelError("Input.ClientId", "Escolha o cliente.");
        }

        if (type is null)
        {
            ModelState.AddModelError("Input.ContractTypeId", "Escolha o tipo de contrato.");
            return Page();
        }

        var settings = Input.Settings.ToRequest(ModelState, "Input.Settings.", type.Modality);
        var rider = Input.Rider.ToRequest(ModelState, "Input.Rider.", type.Modality, Input.Settings.StartDate);
        if (!ModelState.IsValid || settings is null || rider is null)
        {
            return Page();
        }

        var request = new CreateContractRequest(Input.ClientId!.Value, type.Id, settings, rider, User.Identity?.Name ?? "?");
        var result = await contracts.CreateContractAsync(request, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<ContractInput>(result, nameof(Input), ContractSettingsInput.Renames);
            return Page();
        }

        TempData["Flash"] = $"Contrato {settings.Name.Trim()} criado.";
        return RedirectToPage("ContractDetails", new { id = result.Value });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Types = [.. (await contracts.ListContractTypesAsync(cancellationToken)).Where(t => t.Active)];
        Clients = [.. (await module.GetClientsAsync(null, cancellationToken)).Where(c => c.Active)];
        ViewData["MemberClients"] = Clients.Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
    }

    public sealed class ContractInput
    {
        public Guid? ClientId { get; set; }

        public Guid? ContractTypeId { get; set; }

        public ContractSettingsInput Settings { get; set; } = new();

        public RiderInput Rider { get; set; } = new();
    }
}
