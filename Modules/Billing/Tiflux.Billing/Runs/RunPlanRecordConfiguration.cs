using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Billing.Runs;

internal sealed class RunPlanRecordConfiguration : IEntityTypeConfiguration<RunPlanRecord>
{
    public void Configure(EntityTypeBuilder<RunPlanRecord> builder)
    {
        builder.ToTable("run_plans");
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.Property(p => p.Cycles).HasColumnType("jsonb");

        // The latest plan of a date is one index probe.
        builder.HasIndex(p => new { p.RunDate, p.CreatedAt });
    }
}
