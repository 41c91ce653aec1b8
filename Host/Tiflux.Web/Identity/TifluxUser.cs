using Microsoft.AspNetCore.Identity;

namespace Tiflux.Web.Identity;

public sealed class TifluxUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>Staff (the MSP's own people) or a client user of the portal.</summary>
    public UserKind Kind { get; set; } = UserKind.Staff;

    /// <summary>A deactivated user cannot sign in and their cookies and API tokens stop working; their history stays.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>For client users: the only client whose data they may see.</summary>
    public Guid? ClientId { get; set; }

    /// <summary>Plain text appended to the user's ticket answers when they ask for it (Minha Conta).</summary>
    public string? Signature { get; set; }
}

/// <summary>Tiflux's user types (service-desk.md §2.1); "admin" is a staff user of the Administrador group.</summary>
public enum UserKind
{
    Staff,
    Client,
}
