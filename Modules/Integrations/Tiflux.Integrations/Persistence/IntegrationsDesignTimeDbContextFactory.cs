using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Integrations.Persistence;

internal sealed class IntegrationsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<IntegrationsDbContext>
{
    public IntegrationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IntegrationsDbContext>()
            .UseModuleNpgsql(DesignTimeConnection.Get(), IntegrationsModule.Schema)
            .Options);
}
