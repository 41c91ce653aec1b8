using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ClientsManage)]
public sealed class ClientNewModel(IClientsAdministration clients, IOrganizationSettings organization) : PageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    /// <summary>A new client starts with the organisation's default closing-report layout.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Input.ReportLayout = (await organization.GetAsync(cancellationToken)).DefaultReportLayout;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await clients.CreateClientAsync(Input.ToRequest(), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<ClientInput>(result, nameof(Input));
            return Page();
        }

        TempData["Flash"] = $"Cliente {Input.Name?.Trim()} cadastrado.";
        return RedirectToPage("ClientDetails", new { id = result.Value });
    }
}
