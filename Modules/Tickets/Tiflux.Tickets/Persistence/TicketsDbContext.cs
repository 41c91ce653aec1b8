using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;

namespace Tiflux.Tickets.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c TicketsDbContext -p Modules/Tickets/Tiflux.Tickets -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class TicketsDbContext(DbContextOptions<TicketsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(TicketsModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
    }
}
