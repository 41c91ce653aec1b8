using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Contracts.Persistence;

internal sealed class ContractsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ContractsDbContext>
{
    public ContractsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ContractsDbContext>()
            .UseModuleNpgsql(DesignTimeConnection.Get(), ContractsModule.Schema)
            .Options);
}
