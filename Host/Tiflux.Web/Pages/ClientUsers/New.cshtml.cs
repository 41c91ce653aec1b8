using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.ClientUsers;

/// <summary>
/// "+ Usuário cliente": from one of the client's requestors (chosen, the form is prefilled) or typed in. An e-mail that
/// is already a client user's links that person to this client; a staff e-mail is refused (the use case decides).
/// </summary>
public sealed class NewModel(IContractsModule contracts, ITicketRequestors requestors, IClientUserAdministration clientUsers) : ClientUsersPageModel
{
    [BindProperty]
    public ClientUserInput Input { get; set; } = new();

    /// <summary>The requestor whose data prefills the form (GET <c>?solicitante=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "solicitante")]
    public Guid? RequestorId { get; set; }

    public IReadOnlyList<RequestorDto> Requestors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        Input.Permissions = [.. PortalPermissionCatalog.All.Where(p => (PortalPermissionCatalog.Defaults & p.Flag) == p.Flag).Select(p => (int)p.Flag)];
        if (Requestors.FirstOrDefault(r => r.Id == RequestorId) is { } chosen)
        {
            (Input.Name, Input.Email, Input.Phone, Input.Extension) = (chosen.Name, chosen.Email, chosen.Telephone, chosen.Extension);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        var result = await clientUsers.InviteAsync(
            clientId, new ClientUserFields(Input.Name, Input.Email, Input.Phone, Input.Extension, FromChecked(Input.Permissions)), Actor, cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result);
            return Page();
        }

        TempData["Flash"] = result.Value.Linked
            ? $"{Input.Email.Trim()} já era usuário cliente e agora também tem acesso a {ClientName}; as permissões dele não mudaram."
            : $"Convite enviado para {Input.Email.Trim()}.";
        return Redirect($"/clientes/{clientId}/usuarios-portal");
    }

    private async Task<bool> LoadAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (await contracts.GetClientAsync(clientId, cancellationToken) is not { } client)
        {
            return false;
        }

        (ClientId, ClientName) = (clientId, client.Name);
        Requestors = (await requestors.ListRequestorsAsync(new RequestorListRequest(ClientId: clientId, Active: true, PageSize: 200), cancellationToken)).Items;
        return true;
    }
}
