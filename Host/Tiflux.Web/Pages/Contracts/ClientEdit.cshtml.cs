using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ClientsManage)]
public sealed class ClientEditModel(IClientsAdministration clients) : PageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    public string ClientName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await clients.GetClientDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        ClientName = details.Client.Name;
        Input = ClientInput.From(details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await clients.GetClientDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        ClientName = details.Client.Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await clients.UpdateClientAsync(id, Input.ToRequest(), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<ClientInput>(result, nameof(Input));
            return Page();
        }

        TempData["Flash"] = "Dados do cliente salvos.";
        return RedirectToPage("ClientDetails", new { id });
    }
}
