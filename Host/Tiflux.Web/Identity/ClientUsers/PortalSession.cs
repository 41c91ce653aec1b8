using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>
/// What a signed-in client user changes about their own portal session: the client they work as (one of their linked
/// clients) and their acceptance of the terms of use. Not audited: neither changes anyone's access.
/// </summary>
public interface IPortalSession
{
    /// <summary>The clients the user may switch to, by name; empty for staff.</summary>
    Task<IReadOnlyList<ClientSummary>> LinkedClientsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Works as <paramref name="clientId"/> from now on; false (the caller answers 404) unless it is one of the user's clients.</summary>
    Task<bool> SwitchClientAsync(Guid userId, Guid clientId);

    Task<bool> HasAcceptedTermsAsync(Guid userId, CancellationToken cancellationToken);

    Task AcceptTermsAsync(Guid userId, CancellationToken cancellationToken);
}

internal sealed class PortalSession(TifluxIdentityDbContext db, UserManager<TifluxUser> users, SignInManager<TifluxUser> signIn, IContractsModule contracts, TimeProvider time) : IPortalSession
{
    public async Task<IReadOnlyList<ClientSummary>> LinkedClientsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ids = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.Kind == UserKind.Client).Select(u => u.ClientIds).FirstOrDefaultAsync(cancellationToken);
        return ids is { Count: > 0 }
            ? [.. (await contracts.GetClientsAsync(ids, cancellationToken)).OrderBy(c => c.Name, StringComparer.Create(Tiflux.SharedKernel.PtBr.Culture, true))]
            : [];
    }

    public async Task<bool> SwitchClientAsync(Guid userId, Guid clientId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is not { Kind: UserKind.Client, IsActive: true } || !user.ClientIds.Contains(clientId))
        {
            return false;
        }

        if (user.ClientId != clientId)
        {
            user.ClientId = clientId;
            await users.UpdateAsync(user);
        }

        // The claims change at once, not only from the next request's access refresh.
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    public async Task<bool> HasAcceptedTermsAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.PortalTermsAcceptedAt != null, cancellationToken);

    public async Task AcceptTermsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.Kind == UserKind.Client, cancellationToken);
        if (user is { PortalTermsAcceptedAt: null })
        {
            user.PortalTermsAcceptedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
