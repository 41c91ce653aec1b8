using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Secrets;

namespace Tiflux.Web.Identity;

/// <summary>
/// Identity's EF store with the two-factor secrets kept safer at rest (service-desk.md §2.4): the authenticator key is
/// encrypted with ASP.NET Data Protection (the host's shared key ring), and recovery codes are stored as SHA-256 hashes.
/// Identity itself stores both as given in <c>identity.AspNetUserTokens</c>. Everything else is Identity's own code.
/// </summary>
internal sealed class TifluxUserStore(TifluxIdentityDbContext context, AuthenticatorKeyProtector keys, IdentityErrorDescriber? describer = null)
    : UserStore<TifluxUser, PermissionGroup, TifluxIdentityDbContext, Guid>(context, describer)
{
    // The same row names as Identity's UserStoreBase uses (its constants are private).
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyTokenName = "AuthenticatorKey";
    private const string RecoveryCodeTokenName = "RecoveryCodes";

    public override Task SetAuthenticatorKeyAsync(TifluxUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, keys.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(TifluxUser user, CancellationToken cancellationToken) =>
        keys.Unprotect(await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyTokenName, cancellationToken));

    public override Task ReplaceCodesAsync(TifluxUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, string.Join(';', recoveryCodes.Select(Hash)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(TifluxUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = (await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries);
        var hash = Hash(code);
        if (!stored.Contains(hash, StringComparer.Ordinal))
        {
            return false;
        }

        // UserManager saves the user (with its concurrency stamp) after this, so one code cannot be redeemed twice at once.
        var left = string.Join(';', stored.Where(h => !string.Equals(h, hash, StringComparison.Ordinal)));
        await SetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, left, cancellationToken);
        return true;
    }

    /// <summary>Codes are random (about 50 bits), so a plain hash is enough; spaces, hyphens and letter case do not count.</summary>
    private static string Hash(string code)
    {
        var normalized = TwoFactorCodes.Normalize(code).ToUpperInvariant();
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}

/// <summary>Encrypts authenticator keys at rest with the host's Data Protection key ring.</summary>
internal sealed class AuthenticatorKeyProtector(IDataProtectionProvider provider) : SecretProtector(provider, "Tiflux.Identity.AuthenticatorKey.v1");
