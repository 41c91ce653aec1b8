using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Agreements;

internal sealed class ListContractTypes(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ContractTypeDto>> HandleAsync(CancellationToken cancellationToken) =>
        await db.ContractTypes.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new ContractTypeDto(t.Id, t.Name, t.Modality, t.Active))
            .ToListAsync(cancellationToken);
}
