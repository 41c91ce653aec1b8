using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Tickets.Desks;

internal sealed class DeskConfiguration : IEntityTypeConfiguration<ServiceDesk>
{
    public void Configure(EntityTypeBuilder<ServiceDesk> builder)
    {
        builder.ToTable("service_desks");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(120);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.HasMany(d => d.Stages).WithOne().HasForeignKey(s => s.DeskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Statuses).WithOne().HasForeignKey(s => s.DeskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Priorities).WithOne().HasForeignKey(s => s.DeskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Stages).AutoInclude();
        builder.Navigation(d => d.Statuses).AutoInclude();
        builder.Navigation(d => d.Priorities).AutoInclude();
    }
}

internal sealed class DeskStageConfiguration : IEntityTypeConfiguration<DeskStage>
{
    public void Configure(EntityTypeBuilder<DeskStage> builder)
    {
        builder.ToTable("desk_stages");
        builder.Property(s => s.Name).HasMaxLength(80);
    }
}

internal sealed class DeskStatusConfiguration : IEntityTypeConfiguration<DeskStatus>
{
    public void Configure(EntityTypeBuilder<DeskStatus> builder)
    {
        builder.ToTable("desk_statuses");
        builder.Property(s => s.Name).HasMaxLength(80);
    }
}

internal sealed class DeskPriorityConfiguration : IEntityTypeConfiguration<DeskPriority>
{
    public void Configure(EntityTypeBuilder<DeskPriority> builder)
    {
        builder.ToTable("desk_priorities");
        builder.Property(s => s.Name).HasMaxLength(80);
    }
}
