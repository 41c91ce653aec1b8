using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        // "authorization" is an SQL key word.
        builder.Property(t => t.Authorization).HasColumnName("authorization_state");
        builder.Property(t => t.AuthorizationDecidedBy).HasMaxLength(TicketLimits.PersonName);
        builder.Property(t => t.AuthorizationDenialReason).HasMaxLength(TicketLimits.AuthorizationReason);
        builder.Property(t => t.RequesterTelephone).HasMaxLength(TicketLimits.Telephone);
        builder.Property(t => t.RequesterExtension).HasMaxLength(TicketLimits.Extension);
        builder.Property(t => t.PriorityChangeReason).HasMaxLength(TicketLimits.PriorityChangeReason);
        builder.Property(t => t.CreatedByName).HasMaxLength(200);
        builder.Property(t => t.Followers).HasDefaultValueSql("'{}'");
        builder.HasIndex(t => t.ClientId);
        // The authorisers' queue: few rows, read per client.
        builder.HasIndex(t => new { t.ClientId, t.Authorization }).HasFilter("authorization_state = 1");
        builder.HasIndex(t => t.RequestorId).HasFilter("requestor_id IS NOT NULL");
        builder.HasIndex(t => t.ParentTicketId).HasFilter("parent_ticket_id IS NOT NULL");
        builder.HasOne<Ticket>().WithMany().HasForeignKey(t => t.ParentTicketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.State, t.ReviewDueAt });
        builder.HasMany<TicketHistory>().WithOne().HasForeignKey(h => h.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketHistoryConfiguration : IEntityTypeConfiguration<TicketHistory>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<TicketHistory> builder)
    {
        builder.ToTable("ticket_history");
        builder.Property(h => h.UserName).HasMaxLength(200);
        builder.Property(h => h.What).HasMaxLength(4000);
        builder.Property(h => h.Action).HasMaxLength(100);
        builder.Property(h => h.Changes).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, JsonOptions),
            v => JsonSerializer.Deserialize<List<FieldChangeDto>>(v, JsonOptions) ?? new List<FieldChangeDto>(),
            new ValueComparer<List<FieldChangeDto>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
            .HasDefaultValueSql("'[]'::jsonb");
        builder.HasIndex(h => new { h.TicketId, h.At });
    }
}
