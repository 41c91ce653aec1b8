using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ClientsManage)]
public sealed class ClientEditModel(IClientsAdministration clients, IClientUserAdministration clientUsers) : PageModel
{
    [BindProperty]
    public ClientInput Input { get; set; } = new();

    /// <summary>The client's authorization of new portal tickets; turning it on needs an authoriser (checked by the host).</summary>
    [BindProperty]
    public bool AuthorizationFlow { get; set; }

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
        AuthorizationFlow = details.Client.AuthorizationFlow;
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

        // The switch first: when it is refused (no authoriser), nothing of the form is saved.
        var actor = new UserActor(Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), User.Identity?.Name ?? "?");
        var flow = await clientUsers.SetAuthorizationFlowAsync(id, AuthorizationFlow, actor, cancellationToken);
        if (!flow.IsSuccess)
        {
            ModelState.AddModelError(nameof(AuthorizationFlow), flow.Errors[0].Message);
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
