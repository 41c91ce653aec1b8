using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;

namespace Tiflux.Web.Identity;

public sealed class TifluxUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>Staff (the MSP's own people) or a client user of the portal.</summary>
    public UserKind Kind { get; set; } = UserKind.Staff;

    /// <summary>A deactivated user cannot sign in and their cookies and API tokens stop working; their history stays.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>For client users: the client they work as now, one of <see cref="ClientIds"/> (the portal's switcher changes it).</summary>
    public Guid? ClientId { get; set; }

    /// <summary>For client users: every client they are linked to (a person may serve several clients).</summary>
    public List<Guid> ClientIds { get; set; } = [];

    /// <summary>For client users: what they may do in the portal.</summary>
    public PortalPermissions PortalPermissions { get; set; }

    /// <summary>For client users: when they accepted the portal's terms of use (asked on the first portal visit).</summary>
    public DateTimeOffset? PortalTermsAcceptedAt { get; set; }

    /// <summary>Plain text appended to the user's ticket answers when they ask for it (Minha Conta).</summary>
    public string? Signature { get; set; }
}

/// <summary>Tiflux's user types (service-desk.md §2.1); "admin" is a staff user of the Administrador group.</summary>
public enum UserKind
{
    Staff,
    Client,
}
