using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Contracts.Catalog;

namespace Tiflux.Contracts.Persistence;

internal sealed class StandaloneServiceConfiguration : IEntityTypeConfiguration<StandaloneService>
{
    public void Configure(EntityTypeBuilder<StandaloneService> builder) =>
        builder.ToTable("standalone_services", t => t.HasCheckConstraint(
            "ck_standalone_services_rates", "external_hour_rate >= 0 AND remote_hour_rate >= 0 AND internal_hour_rate >= 0"));
}

internal sealed class TravelConfiguration : IEntityTypeConfiguration<Travel>
{
    public void Configure(EntityTypeBuilder<Travel> builder)
    {
        builder.Property(t => t.Scope).HasConversion<string>().HasMaxLength(20);
        builder.ToTable("travels", t => t.HasCheckConstraint("ck_travels_value", "value >= 0"));
    }
}

internal sealed class ExtraExpenseConfiguration : IEntityTypeConfiguration<ExtraExpense>
{
    public void Configure(EntityTypeBuilder<ExtraExpense> builder) =>
        builder.ToTable("extra_expenses", t => t.HasCheckConstraint("ck_extra_expenses_value", "unit_value >= 0"));
}
