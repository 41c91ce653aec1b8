using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.ClientUsers;

/// <summary>
/// A client user seen from one of their clients: portal permissions, linked clients (at least one), Reenviar convite,
/// Desativar/Reativar. A user not linked to this client is not found here.
/// </summary>
public sealed class EditModel(
    IContractsModule contracts, IClientsAdministration clients, IClientUserAdministration clientUsers, IUserAdministration users) : ClientUsersPageModel
{
    public ClientUserRowDto Current { get; private set; } = null!;

    public IReadOnlyList<ClientSummary> Linked { get; private set; } = [];

    /// <summary>Active clients the user could be linked to as well (the first 200 by name; the other client's own page links any).</summary>
    public IReadOnlyList<ClientListItemDto> Others { get; private set; } = [];

    [BindProperty]
    public List<int> Permissions { get; set; } = [];

    [BindProperty]
    public List<Guid> ClientIds { get; set; } = [];

    [BindProperty]
    public Guid? AddClientId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid clientId, Guid userId, CancellationToken cancellationToken) =>
        await LoadAsync(clientId, userId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid clientId, Guid userId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, userId, cancellationToken))
        {
            return NotFound();
        }

        var wanted = AddClientId is { } added ? [.. ClientIds, added] : ClientIds;
        var result = await clientUsers.UpdateAsync(userId, new ClientUserChanges(FromChecked(Permissions), wanted), Actor, cancellationToken);
        return Done(result, "Usuário cliente salvo.", clientId, userId, stillLinked: wanted.Contains(clientId));
    }

    public async Task<IActionResult> OnPostPasswordLinkAsync(Guid clientId, Guid userId, CancellationToken cancellationToken) =>
        await LoadAsync(clientId, userId, cancellationToken)
            ? Done(await users.SendPasswordLinkAsync(userId, Actor, cancellationToken), Current.Invited ? "Convite reenviado." : "Link para redefinir a senha enviado.", clientId, userId)
            : NotFound();

    public async Task<IActionResult> OnPostActiveAsync(Guid clientId, Guid userId, bool active, CancellationToken cancellationToken) =>
        await LoadAsync(clientId, userId, cancellationToken)
            ? Done(await users.SetActiveAsync(userId, active, Actor, cancellationToken), active ? "Usuário reativado." : "Usuário desativado.", clientId, userId)
            : NotFound();

    private IActionResult Done(Result result, string flash, Guid clientId, Guid userId, bool stillLinked = true)
    {
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Message);
            }

            return Page();
        }

        TempData["Flash"] = flash;
        return Redirect(stillLinked ? $"/clientes/{clientId}/usuarios-portal/{userId}" : $"/clientes/{clientId}/usuarios-portal");
    }

    private async Task<bool> LoadAsync(Guid clientId, Guid userId, CancellationToken cancellationToken)
    {
        var client = await contracts.GetClientAsync(clientId, cancellationToken);
        var user = await clientUsers.GetAsync(userId, cancellationToken);
        if (client is null || user is null || !user.ClientIds.Contains(clientId))
        {
            return false;
        }

        (ClientId, ClientName, Current) = (clientId, client.Name, user);
        Linked = [.. (await contracts.GetClientsAsync(user.ClientIds, cancellationToken)).OrderBy(c => c.Name, StringComparer.Create(PtBr.Culture, true))];
        Others = [.. (await clients.ListClientsAsync(new ClientListRequest(null, true, 1, 200), cancellationToken)).Items.Where(c => !user.ClientIds.Contains(c.Id))];
        return true;
    }
}
