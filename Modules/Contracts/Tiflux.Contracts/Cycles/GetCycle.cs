using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Cycles;

internal sealed class GetCycle(ContractsDbContext db)
{
    public async Task<ContractCycleDto?> HandleAsync(Guid contractId, DateOnly date, CancellationToken cancellationToken)
    {
        var contract = await ContractQueries.WithRiders(db).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        return contract is null ? null : CycleCalculator.CycleContaining(contract, date)?.ToDto(contract);
    }
}
