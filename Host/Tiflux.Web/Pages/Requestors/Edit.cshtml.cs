using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Requestors;

/// <summary>
/// Adds a requestor to a client (<c>?id=</c> absent) or edits one of its requestors; also the target of the list's
/// Inativar/Reativar and Desvincular buttons. An e-mail that another requestor already has links that person to the
/// client (the module decides). Reading needs <see cref="Permissions.ClientsView"/>, every handler here
/// <see cref="Permissions.ClientsManage"/>.
/// </summary>
[Authorize(Policy = Permissions.ClientsView)]
[Authorize(Policy = Permissions.ClientsManage)]
public sealed class EditModel(IContractsModule contracts, ITicketRequestors requestors, UserManager<TifluxUser> users) : PageModel
{
    [BindProperty]
    public RequestorInput Input { get; set; } = new();

    public Guid ClientId { get; private set; }

    public string ClientName { get; private set; } = "";

    public Guid? RequestorId { get; private set; }

    /// <summary>The requestor being edited, with the clients it belongs to; null when adding.</summary>
    public RequestorDto? Requestor { get; private set; }

    private string ListUrl => $"/clientes/{ClientId}/solicitantes";

    public async Task<IActionResult> OnGetAsync(Guid clientId, Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, id, cancellationToken))
        {
            return NotFound();
        }

        if (Requestor is not null)
        {
            Input = RequestorInput.From(Requestor);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid clientId, Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await requestors.SaveRequestorAsync(Input.ToRequest(id, clientId), await ActorAsync(), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<RequestorInput>(result, nameof(Input));
            return Page();
        }

        TempData["Flash"] = id is null ? $"Solicitante {Input.Name?.Trim()} adicionado." : $"Solicitante {Input.Name?.Trim()} atualizado.";
        return Redirect(ListUrl);
    }

    /// <summary>Inativar / Reativar from the list: the requestor's other data stay as they are.</summary>
    public async Task<IActionResult> OnPostActiveAsync(Guid clientId, Guid? id, bool active, CancellationToken cancellationToken)
    {
        if (id is null || !await LoadAsync(clientId, id, cancellationToken) || Requestor is null)
        {
            return NotFound();
        }

        var request = RequestorInput.From(Requestor).ToRequest(id, clientId) with { Active = active };
        var result = await requestors.SaveRequestorAsync(request, await ActorAsync(), cancellationToken);
        return Done(result, active ? $"Solicitante {Requestor.Name} reativado." : $"Solicitante {Requestor.Name} inativado.");
    }

    /// <summary>Desvincular: the requestor leaves this client (and, left without clients, is deactivated by the module).</summary>
    public async Task<IActionResult> OnPostUnlinkAsync(Guid clientId, Guid? id, CancellationToken cancellationToken)
    {
        if (id is null || !await LoadAsync(clientId, id, cancellationToken) || Requestor is null)
        {
            return NotFound();
        }

        var result = await requestors.RemoveRequestorAsync(clientId, id.Value, await ActorAsync(), cancellationToken);
        return Done(result, $"Solicitante {Requestor.Name} desvinculado de {ClientName}.");
    }

    private RedirectResult Done(Result result, string success)
    {
        TempData["Flash"] = result.IsSuccess ? success : string.Join(" ", result.Errors.Select(e => e.Message));
        return Redirect(ListUrl);
    }

    /// <summary>The client, and the requestor when <paramref name="id"/> is given; false when either is unknown or not linked.</summary>
    private async Task<bool> LoadAsync(Guid clientId, Guid? id, CancellationToken cancellationToken)
    {
        if (await contracts.GetClientAsync(clientId, cancellationToken) is not { } client)
        {
            return false;
        }

        ClientId = clientId;
        ClientName = client.Name;
        RequestorId = id;
        if (id is { } requestorId)
        {
            Requestor = await requestors.GetRequestorAsync(requestorId, cancellationToken);
            return Requestor is not null && Requestor.Clients.Any(c => c.Id == clientId);
        }

        return true;
    }

    private async Task<ActorDto> ActorAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        return new ActorDto(user.Id, string.IsNullOrWhiteSpace(user.FullName) ? user.Email ?? "?" : user.FullName);
    }
}
