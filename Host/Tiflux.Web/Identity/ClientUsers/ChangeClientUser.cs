using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity.Administration;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>
/// A client user's portal permissions and linked clients, audited. The client they work as now stays if still linked,
/// else becomes the first one left; the access claims are refreshed on the next request, so it applies at once.
/// </summary>
internal sealed class ChangeClientUser(TifluxIdentityDbContext db, TeamChange change, IContractsModule contracts)
{
    public const string AtLeastOneClient = "Vincule o usuário a ao menos um cliente.";

    public async Task<Result> HandleAsync(Guid userId, ClientUserChanges changes, UserActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await change.BeginAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.Kind == UserKind.Client, cancellationToken);
        if (user is null)
        {
            return Result.Failure(Error.NotFound("Usuário cliente não encontrado."));
        }

        var details = new List<string>();
        if (changes.Permissions is { } wanted && PortalPermissionCatalog.Known(wanted) != user.PortalPermissions)
        {
            var permissions = PortalPermissionCatalog.Known(wanted);
            details.Add($"permissões do portal: {ClientUserText.Permissions(user.PortalPermissions)} → {ClientUserText.Permissions(permissions)}");
            user.PortalPermissions = permissions;
        }

        if (changes.ClientIds is { } ids)
        {
            var clientIds = ids.Distinct().ToList();
            if (clientIds.Count == 0)
            {
                return Result.Failure(Error.Validation("ClientIds", AtLeastOneClient));
            }

            var clients = await contracts.GetClientsAsync(clientIds, cancellationToken);
            if (clients.Count != clientIds.Count)
            {
                return Result.Failure(Error.Validation("ClientIds", "Cliente não encontrado."));
            }

            if (!clientIds.ToHashSet().SetEquals(user.ClientIds))
            {
                var before = await contracts.GetClientsAsync(user.ClientIds, cancellationToken);
                details.Add($"clientes: {GroupMemberships.Join(before.Select(c => c.Name))} → {GroupMemberships.Join(clients.Select(c => c.Name))}");
                user.ClientIds = clientIds;
                if (user.ClientId is not { } current || !clientIds.Contains(current))
                {
                    user.ClientId = clientIds[0];
                }
            }
        }

        if (details.Count == 0)
        {
            return Result.Success();
        }

        change.Audit(actor, "Usuário cliente alterado", user.Email ?? "", string.Join("; ", details));
        return await change.CommitAsync(transaction, cancellationToken);
    }
}
