using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

internal sealed class ListStandaloneServices(ContractsDbContext db)
{
    public async Task<IReadOnlyList<StandaloneServiceDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await db.StandaloneServices.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken)).Select(s => s.ToDto())];
}
