using Microsoft.EntityFrameworkCore;
using Tiflux.Reporting.Persistence;
using Tiflux.Reporting.PublicApi;

namespace Tiflux.Reporting;

internal sealed class ReportingFacade(ReportingDbContext db) : IReportingModule
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
}
