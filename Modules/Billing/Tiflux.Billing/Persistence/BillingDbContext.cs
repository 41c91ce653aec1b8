using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;

namespace Tiflux.Billing.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c BillingDbContext -p Modules/Billing/Tiflux.Billing -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(BillingModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly);
    }
}
