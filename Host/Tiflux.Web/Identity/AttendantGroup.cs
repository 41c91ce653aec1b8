using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Web.Identity;

/// <summary>A Grupo de atendentes: a named team of technicians, used to filter and assign tickets.</summary>
internal sealed class AttendantGroup
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";
}

/// <summary>A user's membership of an attendant group.</summary>
internal sealed class AttendantGroupMember
{
    public Guid AttendantGroupId { get; init; }

    public Guid UserId { get; init; }
}

internal sealed class AttendantGroupConfiguration : IEntityTypeConfiguration<AttendantGroup>, IEntityTypeConfiguration<AttendantGroupMember>
{
    public void Configure(EntityTypeBuilder<AttendantGroup> builder)
    {
        builder.ToTable("attendant_groups");
        builder.Property(g => g.Name).HasMaxLength(PermissionGroupLimits.NameLength);
        builder.Property(g => g.Description).HasMaxLength(PermissionGroupLimits.DescriptionLength);
        builder.HasIndex(g => g.Name).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AttendantGroupMember> builder)
    {
        builder.ToTable("attendant_group_members");
        builder.HasKey(m => new { m.AttendantGroupId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne<AttendantGroup>().WithMany().HasForeignKey(m => m.AttendantGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TifluxUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
