using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Web.Pages.ClientUsers;

/// <summary>The portal users of a client: who they are, what they may do, which other clients they serve, their situation.</summary>
public sealed class IndexModel(IContractsModule contracts, IClientUserAdministration clientUsers) : ClientUsersPageModel
{
    public IReadOnlyList<ClientUserRowDto> Users { get; private set; } = [];

    /// <summary>Names of the other clients the listed users are linked to.</summary>
    public IReadOnlyDictionary<Guid, string> ClientNames { get; private set; } = new Dictionary<Guid, string>();

    public bool AuthorizationFlow { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (await contracts.GetClientAsync(clientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }

        (ClientId, ClientName, AuthorizationFlow) = (clientId, client.Name, client.AuthorizationFlow);
        Users = await clientUsers.ListAsync(clientId, cancellationToken);
        var others = Users.SelectMany(u => u.ClientIds).Where(id => id != clientId).ToHashSet();
        ClientNames = others.Count == 0 ? new Dictionary<Guid, string>() : (await contracts.GetClientsAsync(others, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return Page();
    }

    public static string Situation(ClientUserRowDto user) =>
        !user.Active ? "Inativo" : user.Invited ? "Convite pendente" : "Ativo";

    public string OtherClients(ClientUserRowDto user) =>
        string.Join(", ", user.ClientIds.Where(id => id != ClientId).Select(id => ClientNames.GetValueOrDefault(id, "?"))) is { Length: > 0 } names ? names : "—";
}
