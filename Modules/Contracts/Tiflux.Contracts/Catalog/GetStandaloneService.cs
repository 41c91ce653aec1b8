using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

internal sealed class GetStandaloneService(ContractsDbContext db)
{
    public async Task<StandaloneServiceDto?> HandleAsync(Guid serviceId, CancellationToken cancellationToken) =>
        (await db.StandaloneServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken))?.ToDto();
}
