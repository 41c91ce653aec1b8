using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

internal sealed class GetExtraExpense(ContractsDbContext db)
{
    public async Task<ExtraExpenseDto?> HandleAsync(Guid extraExpenseId, CancellationToken cancellationToken) =>
        (await db.ExtraExpenses.AsNoTracking().SingleOrDefaultAsync(e => e.Id == extraExpenseId, cancellationToken))?.ToDto();
}
