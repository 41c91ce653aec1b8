using System.Security.Claims;

namespace Tiflux.Api.Conventions;

/// <summary>The signed-in API user and what their role allows (api-v2.md §1.8 mapped onto our four roles).</summary>
internal sealed record ApiCaller(Guid UserId, string Name, string Email, IReadOnlySet<string> Roles, Guid? ClientId)
{
    public const string FullNameClaim = "tiflux:full_name";
    public const string ClientIdClaim = "tiflux:client_id";

    public bool IsAdmin => Roles.Contains(SharedKernel.Roles.Admin);

    /// <summary>Admin and Finance: see money ("Visualizar valores dos tickets") and bill.</summary>
    public bool CanSeeMoney => IsAdmin || Roles.Contains(SharedKernel.Roles.Finance);

    public bool CanBill => CanSeeMoney;

    /// <summary>Admin, Finance and Technician: the organisation's own people.</summary>
    public bool IsStaff => CanSeeMoney || Roles.Contains(SharedKernel.Roles.Technician);

    /// <summary>A client-portal user: sees only <see cref="ClientId"/>.</summary>
    public bool IsPortalUser => !IsStaff && Roles.Contains(SharedKernel.Roles.Client);

    /// <summary>Whether the caller may see this client's records.</summary>
    public bool MaySee(Guid clientId) => IsStaff || (IsPortalUser && ClientId == clientId);

    public static ApiCaller From(ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No user id.")),
        user.FindFirstValue(FullNameClaim) is { Length: > 0 } name ? name : user.Identity?.Name ?? "",
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        Guid.TryParse(user.FindFirstValue(ClientIdClaim), out var clientId) ? clientId : null);

}
