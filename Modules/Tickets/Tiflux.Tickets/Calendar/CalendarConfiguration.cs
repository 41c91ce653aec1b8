using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Calendar;

internal sealed class BusinessHoursWindowConfiguration : IEntityTypeConfiguration<BusinessHoursWindow>
{
    public void Configure(EntityTypeBuilder<BusinessHoursWindow> builder)
    {
        builder.ToTable("business_hours", t =>
        {
            t.HasCheckConstraint("ck_business_hours_minutes", "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute");
        });
        builder.HasIndex(w => w.DeskId);

        // The organisation's default week: Monday to Friday, 08:00–18:00 (fixed ids, so the seed is stable).
        builder.HasData(BusinessCalendar.StandardWeek().Select((w, i) => new BusinessHoursWindow
        {
            Id = new Guid($"00000000-0000-0000-0000-0000000024{i:00}"),
            DeskId = null,
            Day = w.Day,
            StartMinute = w.StartMinute,
            EndMinute = w.EndMinute,
        }));
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.ToTable("holidays");
        builder.Property(h => h.Name).HasMaxLength(TicketLimits.HolidayName);
        builder.Property(h => h.ScopeKey).HasMaxLength(64);
        builder.HasIndex(h => new { h.Date, h.ScopeKey }).IsUnique();
    }
}
