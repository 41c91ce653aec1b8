using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;

namespace Tiflux.Contracts.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c ContractsDbContext -p Modules/Contracts/Tiflux.Contracts -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class ContractsDbContext(DbContextOptions<ContractsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ContractsModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContractsDbContext).Assembly);
    }
}
