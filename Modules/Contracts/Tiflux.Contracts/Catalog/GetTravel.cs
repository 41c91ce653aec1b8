using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

internal sealed class GetTravel(ContractsDbContext db)
{
    public async Task<TravelDto?> HandleAsync(Guid travelId, CancellationToken cancellationToken) =>
        (await db.Travels.AsNoTracking().SingleOrDefaultAsync(t => t.Id == travelId, cancellationToken))?.ToDto();
}
