using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Forecast;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Organization;
using Tiflux.Billing.Pending.Summary;
using Tiflux.Billing.Reminders;
using Tiflux.Billing.Runs;
using Tiflux.BuildingBlocks.Outbox;

namespace Tiflux.Billing.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c BillingDbContext -p Modules/Billing/Tiflux.Billing -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<BillingDocument> Billings => Set<BillingDocument>();

    public DbSet<BillingLine> BillingLines => Set<BillingLine>();

    public DbSet<BilledCycle> BilledCycles => Set<BilledCycle>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<BillingAttachment> Attachments => Set<BillingAttachment>();

    public DbSet<BillingAudit> Audit => Set<BillingAudit>();

    public DbSet<BillingSettings> Settings => Set<BillingSettings>();

    public DbSet<OrganizationProfile> Organization => Set<OrganizationProfile>();

    public DbSet<BillingRun> Runs => Set<BillingRun>();

    public DbSet<BatchError> BatchErrors => Set<BatchError>();

    public DbSet<RunBatch> RunBatches => Set<RunBatch>();

    public DbSet<ConsumptionReminderSent> RemindersSent => Set<ConsumptionReminderSent>();

    public DbSet<PendingSummary> PendingSummaries => Set<PendingSummary>();

    public DbSet<AwaitingReviewSnapshot> AwaitingReviewSnapshots => Set<AwaitingReviewSnapshot>();

    public DbSet<ForecastSnapshot> ForecastSnapshots => Set<ForecastSnapshot>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(BillingModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(500);
    }
}
