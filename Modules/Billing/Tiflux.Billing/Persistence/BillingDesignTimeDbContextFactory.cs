using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Billing.Persistence;

internal sealed class BillingDesignTimeDbContextFactory : IDesignTimeDbContextFactory<BillingDbContext>
{
    public BillingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BillingDbContext>()
            .UseModuleNpgsql(DesignTimeConnection.Get(), BillingModule.Schema)
            .Options);
}
