using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ContractsManage)]
public sealed class ContractEditModel(IContractsAdministration contracts, IContractsModule module) : PageModel
{
    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    public ContractTermsDto Terms { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await LoadAsync(id, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        Input = new SettingsForm { Settings = ContractSettingsInput.From(details.Settings) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Input.Settings.StartDate = Terms.StartDate;
        var request = Input.Settings.ToRequest(ModelState, "Input.Settings.", Terms.Modality);
        if (request is null)
        {
            return Page();
        }

        var result = await contracts.UpdateContractSettingsAsync(id, request, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<SettingsForm>(result, nameof(Input), ContractSettingsInput.Renames);
            return Page();
        }

        TempData["Flash"] = "Configurações do contrato salvas.";
        return RedirectToPage("ContractDetails", new { id });
    }

    private async Task<ContractDetailsDto?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await contracts.GetContractDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return null;
        }

        Terms = details.Terms;
        ViewData["Modality"] = details.Terms.Modality;
        ViewData["StartLocked"] = true;
        if (details.Terms.Modality.SharesWithMembers())
        {
            var clients = await module.GetClientsAsync(null, cancellationToken);
            ViewData["MemberClients"] = clients.Where(c => c.Id != details.Terms.ClientId)
                .Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
        }

        return details;
    }

    public sealed class SettingsForm
    {
        public ContractSettingsInput Settings { get; set; } = new();
    }
}
