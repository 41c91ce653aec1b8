using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Web.Identity;

internal sealed class IdentityDesignTimeDbContextFactory : IDesignTimeDbContextFactory<TifluxIdentityDbContext>
{
    public TifluxIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TifluxIdentityDbContext>()
            .UseModuleNpgsql(DesignTimeConnection.Get(), TifluxIdentityDbContext.Schema)
            .Options);
}
