using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Lifecycle;

namespace Tiflux.Tickets.Entries;

internal sealed class EntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.ToTable("time_entries", t =>
        {
            t.HasCheckConstraint("ck_time_entries_end_after_start", "end_time >= start_time");
            t.HasCheckConstraint("ck_time_entries_manual_value", "value IS NULL OR (value >= 0 AND value <= 9999999.99)");
            t.HasCheckConstraint("ck_time_entries_warranty_zero", "NOT warranty OR COALESCE(value, 0) = 0");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Start).HasColumnName("start_time");
        builder.Property(e => e.End).HasColumnName("end_time");
        builder.Property(e => e.TechnicianName).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(TicketLimits.EntryDescription);
        builder.Property(e => e.SourceName).HasMaxLength(300);
        builder.Property(e => e.TravelName).HasMaxLength(200);
        builder.Property(e => e.HourRate).HasPrecision(14, 2);
        builder.Property(e => e.TravelValue).HasPrecision(14, 2);
        builder.Property(e => e.Value).HasPrecision(14, 2);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TechnicianId, e.Date });
        builder.HasIndex(e => new { e.RiderId, e.Date });
        builder.HasIndex(e => e.BilledInBillingId);
        builder.HasIndex(e => e.TravelBilledInBillingId);
        // The API's global appointment list pages in this order (GET /appointments, ADR 0018).
        builder.HasIndex(e => new { e.Date, e.Start, e.Id });
        builder.Ignore(e => e.IsLocked);
    }
}

internal sealed class PreTimeEntryConfiguration : IEntityTypeConfiguration<PreTimeEntry>
{
    public void Configure(EntityTypeBuilder<PreTimeEntry> builder)
    {
        builder.ToTable("pre_time_entries");
        builder.Property(e => e.TechnicianName).HasMaxLength(200);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TicketId, e.TechnicianId }).IsUnique();
    }
}
