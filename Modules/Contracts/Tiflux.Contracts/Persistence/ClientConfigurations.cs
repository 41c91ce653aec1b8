using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Contracts.Clients;

namespace Tiflux.Contracts.Persistence;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.HasIndex(c => c.TaxId).IsUnique();
        builder.Property(c => c.TaxId).HasMaxLength(14);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.LegalName).HasMaxLength(200);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.ReportLayout).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(c => c.Name);
    }
}

internal sealed class ResourceGroupConfiguration : IEntityTypeConfiguration<ResourceGroup>
{
    public void Configure(EntityTypeBuilder<ResourceGroup> builder)
    {
        builder.HasOne<Client>().WithMany().HasForeignKey(g => g.ClientId);
        builder.HasIndex(g => new { g.ClientId, g.Name }).IsUnique();
    }
}

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId);
        builder.HasOne<ResourceGroup>().WithMany().HasForeignKey(r => r.ResourceGroupId).OnDelete(DeleteBehavior.SetNull);
    }
}
