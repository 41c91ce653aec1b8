using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Tickets.Persistence;

internal sealed class TicketsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<TicketsDbContext>
{
    public TicketsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TicketsDbContext>()
            .UseModuleNpgsql(DesignTimeConnection.Get(), TicketsModule.Schema)
            .Options);
}
