using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Agreements;

internal sealed class GetRider(ContractsDbContext db)
{
    public async Task<RiderTermsDto?> HandleAsync(Guid riderId, CancellationToken cancellationToken)
    {
        var contract = await ContractQueries.WithRiders(db).SingleOrDefaultAsync(c => c.Riders.Any(r => r.Id == riderId), cancellationToken);
        return contract?.Riders.Single(r => r.Id == riderId).ToDto(contract);
    }
}
