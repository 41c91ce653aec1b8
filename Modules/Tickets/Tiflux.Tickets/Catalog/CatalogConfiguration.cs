using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

// Names are unique among active rows only (partial unique indexes): deleting is deactivating, and a deleted name may
// be used again. Rows are never removed, so the foreign keys restrict.
internal sealed class ServicesCatalogConfiguration : IEntityTypeConfiguration<ServicesCatalog>
{
    public void Configure(EntityTypeBuilder<ServicesCatalog> builder)
    {
        builder.ToTable("services_catalogs");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(TicketLimits.CatalogName);
        builder.Property(c => c.NormalizedName).HasMaxLength(TicketLimits.CatalogName);
        builder.HasIndex(c => c.NormalizedName).IsUnique().HasFilter("active");
    }
}

internal sealed class ServicesCatalogAreaConfiguration : IEntityTypeConfiguration<ServicesCatalogArea>
{
    public void Configure(EntityTypeBuilder<ServicesCatalogArea> builder)
    {
        builder.ToTable("services_catalog_areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(TicketLimits.CatalogName);
        builder.Property(a => a.NormalizedName).HasMaxLength(TicketLimits.CatalogName);
        builder.HasOne<ServicesCatalog>().WithMany().HasForeignKey(a => a.CatalogId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CatalogId, a.NormalizedName }).IsUnique().HasFilter("active");
    }
}

internal sealed class ServicesCatalogItemConfiguration : IEntityTypeConfiguration<ServicesCatalogItem>
{
    public void Configure(EntityTypeBuilder<ServicesCatalogItem> builder)
    {
        builder.ToTable("services_catalog_items", t => t.HasCheckConstraint(
            "ck_services_catalog_items_times",
            $"attendance_minutes BETWEEN 0 AND {TicketLimits.CatalogItemMaxMinutes} AND solution_minutes BETWEEN attendance_minutes AND {TicketLimits.CatalogItemMaxMinutes}"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(TicketLimits.CatalogName);
        builder.Property(i => i.NormalizedName).HasMaxLength(TicketLimits.CatalogName);
        builder.HasOne<ServicesCatalogArea>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.AreaId, i.NormalizedName }).IsUnique().HasFilter("active");
        // The ticket's item: items are only deactivated, never removed.
        builder.HasMany<Ticket>().WithOne().HasForeignKey(t => t.ServicesCatalogItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeskCatalogLinkConfiguration : IEntityTypeConfiguration<DeskCatalogLink>
{
    public void Configure(EntityTypeBuilder<DeskCatalogLink> builder)
    {
        builder.ToTable("desk_services_catalogs");
        builder.HasKey(l => new { l.DeskId, l.CatalogId });
        builder.HasOne<ServiceDesk>().WithMany().HasForeignKey(l => l.DeskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServicesCatalog>().WithMany().HasForeignKey(l => l.CatalogId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.CatalogId);
    }
}
