using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity.Administration;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>
/// The client's "Autorização de novos tickets" (service-desk.md §3.5). Turning it on needs an active authoriser of the
/// client: the switch is in Contracts, the people in the identity, so the rule is checked here, for page and API alike.
/// </summary>
internal sealed class SaveAuthorizationFlow(IClientsAdministration clients, IClientAuthorizers authorizers, TeamChange change, TifluxIdentityDbContext db)
{
    public const string NoAuthorizer =
        "Para exigir autorização de novos tickets, o cliente precisa de ao menos um usuário cliente ativo com a permissão \"Autorizar novos tickets\".";

    public async Task<Result> HandleAsync(Guid clientId, bool on, UserActor actor, CancellationToken cancellationToken)
    {
        var details = await clients.GetClientDetailsAsync(clientId, cancellationToken);
        if (details is null)
        {
            return Result.Failure(Error.NotFound("Cliente não encontrado."));
        }

        if (details.Client.AuthorizationFlow == on)
        {
            return Result.Success();
        }

        if (on && (await authorizers.GetAuthorizerEmailsAsync(clientId, cancellationToken)).Count == 0)
        {
            return Result.Failure(Error.Validation("AuthorizationFlow", NoAuthorizer));
        }

        var saved = await clients.SetAuthorizationFlowAsync(clientId, on, cancellationToken);
        if (saved.IsSuccess)
        {
            change.Audit(actor, on ? "Autorização de novos tickets ligada" : "Autorização de novos tickets desligada", details.Client.Name, "");
            await db.SaveChangesAsync(cancellationToken);
        }

        return saved;
    }
}
