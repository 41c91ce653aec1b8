using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Forecast;

internal sealed class ForecastSnapshotConfiguration : IEntityTypeConfiguration<ForecastSnapshot>
{
    public void Configure(EntityTypeBuilder<ForecastSnapshot> builder)
    {
        builder.ToTable("consumption_forecasts");
        builder.HasKey(s => s.ContractId);

        // The dashboard reads only the contracts running out, soonest first.
        builder.HasIndex(s => new { s.Outcome, s.RunOutDate })
            .HasFilter($"outcome IN ({(int)ForecastOutcome.RunsOut}, {(int)ForecastOutcome.Exhausted})")
            .HasDatabaseName("ix_consumption_forecasts_running_out");
    }
}
