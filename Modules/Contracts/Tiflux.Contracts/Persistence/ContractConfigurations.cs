using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Contracts.Adjustments;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Clients;

namespace Tiflux.Contracts.Persistence;

internal sealed class ContractTypeConfiguration : IEntityTypeConfiguration<ContractType>
{
    public void Configure(EntityTypeBuilder<ContractType> builder)
    {
        builder.Property(t => t.Modality).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Number).HasDefaultValueSql("nextval('contracts.contract_number_seq')");
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId);
        builder.HasOne<ContractType>().WithMany().HasForeignKey(c => c.ContractTypeId);
        builder.Property(c => c.Modality).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.BillingTiming).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CycleAnchor).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TechnicalNotes).HasMaxLength(4000);
        builder.HasMany(c => c.Riders).WithOne().HasForeignKey(r => r.ContractId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_contracts_billing_days_before", "billing_days_before BETWEEN 0 AND 28");
            t.HasCheckConstraint("ck_contracts_expiration_after_start", "expiration_date IS NULL OR expiration_date >= start_date");
        });
    }
}

internal sealed class ContractRiderConfiguration : IEntityTypeConfiguration<ContractRider>
{
    public void Configure(EntityTypeBuilder<ContractRider> builder)
    {
        builder.ToTable("contract_riders", t =>
        {
            t.HasCheckConstraint("ck_contract_riders_due_day", "due_day BETWEEN 1 AND 28");
            t.HasCheckConstraint("ck_contract_riders_end_after_start", "end_date IS NULL OR end_date >= start_date");
            t.HasCheckConstraint("ck_contract_riders_non_negative", "value >= 0 AND discount_value >= 0");
        });
        builder.HasIndex(r => new { r.ContractId, r.Release }).IsUnique();
        builder.Property(r => r.DiscountType).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RiderId);
    }
}

internal sealed class RiderItemConfiguration : IEntityTypeConfiguration<RiderItem>
{
    public void Configure(EntityTypeBuilder<RiderItem> builder) =>
        builder.ToTable("rider_items", t => t.HasCheckConstraint("ck_rider_items_positive", "quantity > 0 AND monthly_value >= 0"));
}

internal sealed class PriceAdjustmentConfiguration : IEntityTypeConfiguration<PriceAdjustment>
{
    public void Configure(EntityTypeBuilder<PriceAdjustment> builder)
    {
        builder.HasOne<Contract>().WithMany().HasForeignKey(a => a.ContractId);
        builder.Property(a => a.Percent).HasPrecision(9, 4);
        builder.HasIndex(a => new { a.ContractId, a.EffectiveDate }).IsUnique();
    }
}
