using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings;

[Authorize(Policy = Permissions.FinancialSettings)]
public sealed class ContractTypesModel(IContractsAdministration contracts) : PageModel
{
    [BindProperty]
    public TypeInput Input { get; set; } = new();

    public IReadOnlyList<ContractTypeDto> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Types = await contracts.ListContractTypesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Modality is null)
        {
            ModelState.AddModelError("Input.Modality", "Escolha a modalidade.");
        }

        if (ModelState.IsValid)
        {
            var result = await contracts.CreateContractTypeAsync(Input.Name ?? "", Input.Modality!.Value, cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Tipo de contrato {Input.Name?.Trim()} criado.";
                return RedirectToPage();
            }

            ModelState.AddResultErrors<TypeInput>(result, nameof(Input));
        }

        Types = await contracts.ListContractTypesAsync(cancellationToken);
        return Page();
    }

    public sealed class TypeInput
    {
        public string? Name { get; set; }

        public ContractModality? Modality { get; set; }
    }
}
