using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.Settings;

namespace Tiflux.Integrations.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c IntegrationsDbContext -p Modules/Integrations/Tiflux.Integrations -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class IntegrationsDbContext(DbContextOptions<IntegrationsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<IntegrationSettings> Settings => Set<IntegrationSettings>();

    public DbSet<Charge> Charges => Set<Charge>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(IntegrationsModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationsDbContext).Assembly);
    }
}

internal sealed class IntegrationSettingsConfiguration : IEntityTypeConfiguration<IntegrationSettings>
{
    public void Configure(EntityTypeBuilder<IntegrationSettings> builder)
    {
        builder.ToTable("settings", t => t.HasCheckConstraint("ck_settings_single_row", "id = 1"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Provider).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AsaasEnvironment).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AsaasBillingType).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.MunicipalServiceCode).HasMaxLength(40);
        builder.Property(s => s.MunicipalServiceName).HasMaxLength(300);
        builder.Property(s => s.ContaAzulClientId).HasMaxLength(200);
        builder.Property(s => s.ContaAzulPendingState).HasMaxLength(100);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        foreach (var tax in new[] { nameof(IntegrationSettings.Iss), nameof(IntegrationSettings.Pis), nameof(IntegrationSettings.Cofins), nameof(IntegrationSettings.Csll), nameof(IntegrationSettings.Inss), nameof(IntegrationSettings.Ir) })
        {
            builder.Property(tax).HasPrecision(7, 4);
        }

        builder.HasData(new IntegrationSettings { Id = 1 });
    }
}

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> builder)
    {
        builder.ToTable("charges");
        builder.HasKey(c => c.BillingId);
        builder.Property(c => c.BillingId).ValueGeneratedNever();
        builder.Property(c => c.Provider).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Operation).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CustomerId).HasMaxLength(100);
        builder.Property(c => c.ExternalId).HasMaxLength(100);
        builder.Property(c => c.FinancialEventId).HasMaxLength(100);
        builder.Property(c => c.RemoteStatus).HasMaxLength(60);
        builder.Property(c => c.InvoiceUrl).HasMaxLength(1000);
        builder.Property(c => c.BankSlipUrl).HasMaxLength(1000);
        builder.Property(c => c.PixCode).HasMaxLength(2000);
        builder.Property(c => c.NfseId).HasMaxLength(100);
        builder.Property(c => c.NfseNumber).HasMaxLength(60);
        builder.Property(c => c.NfseStatus).HasMaxLength(60);
        builder.Property(c => c.LastError).HasMaxLength(4000);
        builder.HasIndex(c => c.ExternalId);
        builder.HasIndex(c => c.Status);
    }
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.ToTable("webhook_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(200);
        builder.Property(e => e.Event).HasMaxLength(100);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
    }
}
