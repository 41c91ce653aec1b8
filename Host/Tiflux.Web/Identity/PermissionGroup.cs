using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Web.Identity;

/// <summary>
/// A Grupo de permissão: a named set of <see cref="SharedKernel.Permissions"/> keys. It is an Identity role, so a
/// user's groups are their role memberships; access is decided by the permissions, never by the group's name.
/// </summary>
public sealed class PermissionGroup : IdentityRole<Guid>
{
    public string Description { get; set; } = "";

    /// <summary>The permission keys this group grants.</summary>
    public List<string> Permissions { get; set; } = [];

    /// <summary>Attendant groups whose members all get this group's permissions (besides its own members).</summary>
    public List<Guid> AttendantGroupIds { get; set; } = [];

    /// <summary>Administrador: grants every permission, present and future, and cannot be edited.</summary>
    public bool GrantsAll { get; set; }

    /// <summary>Shipped with the product: cannot be deleted.</summary>
    public bool IsBuiltIn { get; set; }
}

internal sealed class PermissionGroupConfiguration : IEntityTypeConfiguration<PermissionGroup>
{
    public void Configure(EntityTypeBuilder<PermissionGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(PermissionGroupLimits.NameLength);
        builder.Property(g => g.Description).HasMaxLength(PermissionGroupLimits.DescriptionLength);
    }
}

public static class PermissionGroupLimits
{
    public const int NameLength = 80;
    public const int DescriptionLength = 500;
}
