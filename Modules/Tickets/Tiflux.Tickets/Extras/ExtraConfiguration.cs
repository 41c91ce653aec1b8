using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Lifecycle;

namespace Tiflux.Tickets.Extras;

internal sealed class ExtraConfiguration : IEntityTypeConfiguration<ExtraValuation>
{
    public void Configure(EntityTypeBuilder<ExtraValuation> builder)
    {
        builder.ToTable("extra_valuations", t => t.HasCheckConstraint("ck_extra_valuations_quantity", "quantity > 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ExpenseName).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(TicketLimits.ExtraDescription);
        builder.Property(e => e.AttachmentName).HasMaxLength(255);
        builder.Property(e => e.Quantity).HasPrecision(14, 2);
        builder.Property(e => e.UnitValue).HasPrecision(14, 2);
        builder.Property(e => e.Total).HasPrecision(14, 2);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Attachment>().WithMany().HasForeignKey(e => e.AttachmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.BilledInBillingId);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments", t => t.HasCheckConstraint("ck_attachments_size", "size <= 5242880"));
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(120);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.IsPublic);
        builder.HasIndex(a => new { a.TicketId, a.Owner });
        builder.HasIndex(a => a.OwnerId).HasFilter("owner_id IS NOT NULL");
    }
}
