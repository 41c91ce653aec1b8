using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public const string NumberSequence = "ticket_number_seq";

    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets", t => t.HasCheckConstraint("ck_tickets_rating", "rating IS NULL OR rating BETWEEN 1 AND 5"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Number)
            .HasDefaultValueSql($"nextval('{TicketsModule.Schema}.{NumberSequence}')")
            .ValueGeneratedOnAdd();
        builder.HasIndex(t => t.Number).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(TicketLimits.Title);
        builder.Property(t => t.Description).HasMaxLength(TicketLimits.Description);
        builder.Property(t => t.ClientName).HasMaxLength(200);
        builder.Property(t => t.ResponsibleName).HasMaxLength(200);
        builder.Property(t => t.RequesterName).HasMaxLength(200);
        builder.Property(t => t.RequesterEmail).HasMaxLength(254);
        builder.Property(t => t.ResourceName).HasMaxLength(200);
        builder.Property(t => t.ResourceGroupName).HasMaxLength(200);
        builder.Property(t => t.ReviewComment).HasMaxLength(TicketLimits.ReviewComment);
        builder.Property(t => t.DisapprovalReason).HasMaxLength(2000);
        builder.HasIndex(t => t.ClientId);
        builder.HasIndex(t => new { t.State, t.ReviewDueAt });
        builder.HasMany<TicketHistory>().WithOne().HasForeignKey(h => h.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketHistoryConfiguration : IEntityTypeConfiguration<TicketHistory>
{
    public void Configure(EntityTypeBuilder<TicketHistory> builder)
    {
        builder.ToTable("ticket_history");
        builder.Property(h => h.UserName).HasMaxLength(200);
        builder.Property(h => h.What).HasMaxLength(4000);
        builder.HasIndex(h => new { h.TicketId, h.At });
    }
}
