using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

internal sealed class RequestorConfiguration : IEntityTypeConfiguration<Requestor>
{
    public void Configure(EntityTypeBuilder<Requestor> builder)
    {
        builder.ToTable("requestors");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(TicketLimits.PersonName);
        builder.Property(r => r.Email).HasMaxLength(EmailAddresses.MaxLength);
        builder.Property(r => r.NormalizedEmail).HasMaxLength(EmailAddresses.MaxLength);
        builder.HasIndex(r => r.NormalizedEmail).IsUnique();
        builder.Property(r => r.Telephone).HasMaxLength(TicketLimits.Telephone);
        builder.Property(r => r.Extension).HasMaxLength(TicketLimits.Extension);
        builder.Property(r => r.ClientIds).HasDefaultValueSql("'{}'");
        builder.HasIndex(r => r.ClientIds).HasMethod("gin");
        builder.HasIndex(r => r.Name);
    }
}
