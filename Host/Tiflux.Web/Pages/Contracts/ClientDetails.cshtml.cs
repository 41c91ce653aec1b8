using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Roles = Permissions.StaffRoles)]
public sealed class ClientDetailsModel(IClientsAdministration clients, IAuthorizationService authorization) : PageModel
{
    public ClientDetailsDto Details { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool CanSeeMoney { get; private set; }

    [BindProperty]
    public GroupInput Group { get; set; } = new();

    [BindProperty]
    public ResourceInput Resource { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await clients.SetClientActiveAsync(id, active, cancellationToken);
        return await AfterAsync(id, result, "Situação", active ? "Cliente ativado." : "Cliente inativado.", cancellationToken);
    }

    public async Task<IActionResult> OnPostGroupAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await clients.AddResourceGroupAsync(id, Group.Name ?? "", cancellationToken);
        return await AfterAsync(id, result, nameof(Group), "Grupo de recurso adicionado.", cancellationToken);
    }

    public async Task<IActionResult> OnPostResourceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var request = new AddResourceRequest(id, Resource.Name ?? "", Resource.Description ?? "", Resource.ResourceGroupId);
        var result = await clients.AddResourceAsync(request, cancellationToken);
        return await AfterAsync(id, result, nameof(Resource), "Recurso adicionado.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, SharedKernel.Result result, string prefix, string success, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = success;
            return RedirectToPage(new { id });
        }

        if (prefix == nameof(Group))
        {
            ModelState.AddResultErrors<GroupInput>(result, prefix);
        }
        else if (prefix == nameof(Resource))
        {
            ModelState.AddResultErrors<ResourceInput>(result, prefix);
        }
        else
        {
            ModelState.AddResultErrors<GroupInput>(result, "");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await clients.GetClientDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return false;
        }

        Details = details;
        CanEdit = await authorization.CanBillAsync(User);
        CanSeeMoney = await authorization.CanSeeMoneyAsync(User);
        return true;
    }

    public sealed class GroupInput
    {
        public string? Name { get; set; }
    }

    public sealed class ResourceInput
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public Guid? ResourceGroupId { get; set; }
    }
}
