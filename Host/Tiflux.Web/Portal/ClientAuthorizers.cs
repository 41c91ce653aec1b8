using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Portal;

/// <summary>
/// Who authorises new portal tickets of a client (service-desk.md §3.5): its active client users with
/// <see cref="PortalPermissions.AuthorizeNewTickets"/>. The client's switch lives in Contracts, the people here.
/// </summary>
public interface IClientAuthorizers
{
    /// <summary>The e-mails of the client's active authorisers, ordered; empty when there is none.</summary>
    Task<IReadOnlyList<string>> GetAuthorizerEmailsAsync(Guid clientId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether a ticket <paramref name="opener"/> opens for <paramref name="clientId"/> waits for authorization: the
    /// client's flow is on and the opener is not an authoriser. With no active authoriser left (the last one was
    /// deactivated after the flow was turned on) nothing could ever approve it, so it does not wait.
    /// </summary>
    Task<bool> RequiresAuthorizationAsync(Guid clientId, PortalUser opener, CancellationToken cancellationToken = default);
}

internal sealed class ClientAuthorizers(TifluxIdentityDbContext db, IContractsModule contracts) : IClientAuthorizers
{
    public async Task<IReadOnlyList<string>> GetAuthorizerEmailsAsync(Guid clientId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Kind == UserKind.Client && u.IsActive && u.ClientIds.Contains(clientId)
                && (u.PortalPermissions & PortalPermissions.AuthorizeNewTickets) == PortalPermissions.AuthorizeNewTickets)
            .OrderBy(u => u.Email)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

    public async Task<bool> RequiresAuthorizationAsync(Guid clientId, PortalUser opener, CancellationToken cancellationToken = default)
    {
        if (opener.Has(PortalPermissions.AuthorizeNewTickets))
        {
            return false;
        }

        var client = await contracts.GetClientAsync(clientId, cancellationToken);
        return client is { AuthorizationFlow: true } && (await GetAuthorizerEmailsAsync(clientId, cancellationToken)).Count > 0;
    }
}
