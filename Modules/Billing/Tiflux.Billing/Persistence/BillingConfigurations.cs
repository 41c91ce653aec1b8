using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Organization;
using Tiflux.Billing.PublicApi;
using Tiflux.Billing.Reminders;
using Tiflux.Billing.Runs;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Persistence;

internal sealed class BillingDocumentConfiguration : IEntityTypeConfiguration<BillingDocument>
{
    public void Configure(EntityTypeBuilder<BillingDocument> builder)
    {
        builder.ToTable("billings", t =>
        {
            t.HasCheckConstraint("ck_billings_amounts", "discount >= 0 AND interest >= 0 AND items_total >= 0 AND real_value >= 0");
            t.HasCheckConstraint("ck_billings_real_value", "real_value = items_total - discount + interest");
        });
        builder.HasIndex(b => b.Number).IsUnique();
        builder.HasIndex(b => new { b.ClientId, b.BillingDate });
        builder.HasIndex(b => b.NfeNumber);
        builder.Property(b => b.Observations).HasMaxLength(BillingLimits.Observations);
        builder.Property(b => b.ReversalReason).HasMaxLength(BillingLimits.ReversalReason);
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BillingId);
        builder.HasMany(b => b.Cycles).WithOne().HasForeignKey(c => c.BillingId);
    }
}

internal sealed class BillingLineConfiguration : IEntityTypeConfiguration<BillingLine>
{
    public void Configure(EntityTypeBuilder<BillingLine> builder)
    {
        builder.ToTable("billing_lines");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.Quantity).HasPrecision(14, 4);
        builder.Property(l => l.ExplanationJson).HasColumnType("jsonb");
        builder.Property(l => l.Description).HasMaxLength(1000);

        // An item (time entry, travel, extra or cycle line) is in at most one billing that is not reversed.
        builder.HasIndex(l => l.Key).IsUnique().HasFilter("active").HasDatabaseName("ux_billing_lines_active_key");
        builder.HasIndex(l => l.TicketNumber);

        // Reconciliation reads a period's billed items by their date.
        builder.HasIndex(l => l.ReferenceDate);
    }
}

internal sealed class BilledCycleConfiguration : IEntityTypeConfiguration<BilledCycle>
{
    public void Configure(EntityTypeBuilder<BilledCycle> builder)
    {
        builder.ToTable("billed_cycles");

        // One billing per contract cycle.
        builder.HasIndex(c => new { c.ContractId, c.CycleIndex }).IsUnique().HasFilter("active").HasDatabaseName("ux_billed_cycles_active_cycle");
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("balance_ledger");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(l => new { l.ContractId, l.CycleIndex });
        builder.HasIndex(l => l.BillingId);
    }
}

internal sealed class BillingAttachmentConfiguration : IEntityTypeConfiguration<BillingAttachment>
{
    public void Configure(EntityTypeBuilder<BillingAttachment> builder)
    {
        builder.ToTable("billing_attachments");
        builder.HasIndex(a => a.BillingId);
    }
}

internal sealed class BillingAuditConfiguration : IEntityTypeConfiguration<BillingAudit>
{
    public void Configure(EntityTypeBuilder<BillingAudit> builder)
    {
        builder.ToTable("billing_audit");
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => a.BillingId);
    }
}

internal sealed class BillingSettingsConfiguration : IEntityTypeConfiguration<BillingSettings>
{
    public void Configure(EntityTypeBuilder<BillingSettings> builder)
    {
        builder.ToTable("billing_settings", t =>
        {
            t.HasCheckConstraint("ck_billing_settings_single_row", "id = 1");
            t.HasCheckConstraint("ck_billing_settings_due_term", $"due_date_term_days BETWEEN 0 AND {OrganizationLimits.MaxDueDateTermDays}");
        });
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.DueDateTermDays).HasDefaultValue(OrganizationLimits.DefaultDueDateTermDays);
        builder.Property(s => s.DefaultReportLayout).HasDefaultValue(ClosingReportLayout.Detailed);
        builder.HasData(new BillingSettings { Id = 1, AllowDueDateBeforeBillingDate = false, LastBillingNumber = 0 });
    }
}

internal sealed class OrganizationProfileConfiguration : IEntityTypeConfiguration<OrganizationProfile>
{
    public void Configure(EntityTypeBuilder<OrganizationProfile> builder)
    {
        builder.ToTable("organization_profile", t => t.HasCheckConstraint("ck_organization_profile_single_row", "id = 1"));
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CompanyName).HasMaxLength(OrganizationLimits.CompanyName);
        builder.Property(p => p.Cnpj).HasMaxLength(14);
        builder.Property(p => p.Address).HasMaxLength(OrganizationLimits.Address);
        builder.Property(p => p.Phone).HasMaxLength(OrganizationLimits.Phone);
        builder.Property(p => p.LogoContentType).HasMaxLength(40);
        builder.Property(p => p.UpdatedBy).HasMaxLength(200);
        builder.HasData(new OrganizationProfile { Id = 1 });
    }
}

internal sealed class BillingRunConfiguration : IEntityTypeConfiguration<BillingRun>
{
    public void Configure(EntityTypeBuilder<BillingRun> builder)
    {
        builder.ToTable("billing_runs");
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.StartedAt);
    }
}

internal sealed class RunBatchConfiguration : IEntityTypeConfiguration<RunBatch>
{
    public void Configure(EntityTypeBuilder<RunBatch> builder)
    {
        builder.ToTable("run_batches");
        builder.Ignore(b => b.Cycles);
        builder.HasOne<BillingRun>().WithMany().HasForeignKey(b => b.RunId);
        builder.HasIndex(b => new { b.RunId, b.Number }).IsUnique();
    }
}

internal sealed class BatchErrorConfiguration : IEntityTypeConfiguration<BatchError>
{
    public void Configure(EntityTypeBuilder<BatchError> builder)
    {
        builder.ToTable("batch_errors");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(2000);

        // At most one open or ignored error per contract cycle.
        builder.HasIndex(e => new { e.ContractId, e.CycleIndex }).IsUnique().HasFilter("status <> 'Resolved'").HasDatabaseName("ux_batch_errors_unresolved_cycle");
    }
}

internal sealed class ConsumptionReminderSentConfiguration : IEntityTypeConfiguration<ConsumptionReminderSent>
{
    public void Configure(EntityTypeBuilder<ConsumptionReminderSent> builder)
    {
        builder.ToTable("consumption_reminders");

        // One reminder per contract cycle.
        builder.HasKey(r => new { r.ContractId, r.CycleIndex });
    }
}
