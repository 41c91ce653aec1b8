using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

internal sealed class ListTravels(ContractsDbContext db)
{
    public async Task<IReadOnlyList<TravelDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await db.Travels.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => t.ToDto())];
}
