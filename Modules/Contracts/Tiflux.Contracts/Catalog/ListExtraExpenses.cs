using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

internal sealed class ListExtraExpenses(ContractsDbContext db)
{
    public async Task<IReadOnlyList<ExtraExpenseDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await db.ExtraExpenses.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken)).Select(e => e.ToDto())];
}
