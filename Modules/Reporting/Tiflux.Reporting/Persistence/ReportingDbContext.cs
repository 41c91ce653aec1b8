using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;

namespace Tiflux.Reporting.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c ReportingDbContext -p Modules/Reporting/Tiflux.Reporting -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ReportingModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
    }
}
