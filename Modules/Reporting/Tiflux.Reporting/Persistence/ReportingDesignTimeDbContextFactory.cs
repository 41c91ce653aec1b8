using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Reporting.Persistence;

internal sealed class ReportingDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReportingDbContext>()
            .UseModuleNpgsql(DesignTimeConnection.Get(), ReportingModule.Schema)
            .Options);
}
