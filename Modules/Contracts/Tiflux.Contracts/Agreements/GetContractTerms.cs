using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

internal sealed class GetContractTerms(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<IReadOnlyList<ContractTermsDto>> HandleAsync(ContractTermsRequest request, CancellationToken cancellationToken)
    {
        var contracts = await ContractQueries.Filter(ContractQueries.WithRiders(db), request.ClientIds, request.ContractIds).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var types = await db.ContractTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return [.. contracts.Select(c => ContractTerms.ToDto(c, types.GetValueOrDefault(c.ContractTypeId, "?"), Today))];
    }
}
