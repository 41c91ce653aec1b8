using System.Security.Claims;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Conventions;

/// <summary>The signed-in API user: their type and the permissions their groups grant (read afresh on every request).</summary>
internal sealed record ApiCaller(Guid UserId, string Name, string Email, string Type, IReadOnlySet<string> Granted, Guid? ClientId)
{
    public const string FullNameClaim = AccessClaims.FullNameClaim;

    public bool Has(string permission) => Granted.Contains(permission);

    /// <summary>"Visualizar valores dos tickets": without it money shows as "--" and no value can be set.</summary>
    public bool CanSeeMoney => Has(Permissions.ValuesView);

    /// <summary>The organisation's own people (admins and attendants), as opposed to client-portal users.</summary>
    public bool IsStaff => Type != UserTypes.Client;

    /// <summary>A client-portal user: sees only <see cref="ClientId"/>.</summary>
    public bool IsPortalUser => Type == UserTypes.Client;

    /// <summary>Whether the caller may see this client's records.</summary>
    public bool MaySee(Guid clientId) => IsStaff || ClientId == clientId;

    public static ApiCaller From(ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No user id.")),
        user.FindFirstValue(FullNameClaim) is { Length: > 0 } name ? name : user.Identity?.Name ?? "",
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindFirstValue(AccessClaims.TypeClaim) ?? UserTypes.Client,
        user.FindAll(Permissions.Claim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        Guid.TryParse(user.FindFirstValue(AccessClaims.ClientIdClaim), out var clientId) ? clientId : null);
}
