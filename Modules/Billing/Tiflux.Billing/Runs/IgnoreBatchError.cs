using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Runs;

/// <summary>An ignored cycle is left out of the next runs' plans.</summary>
internal sealed class IgnoreBatchError(BillingDbContext db)
{
    public async Task<Result> HandleAsync(Guid errorId, string by, CancellationToken cancellationToken)
    {
        var changed = await db.BatchErrors.Where(e => e.Id == errorId && e.Status == BatchErrorStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, BatchErrorStatus.Ignored).SetProperty(e => e.ResolvedBy, by), cancellationToken);
        return changed == 1 ? Result.Success() : Result.Failure(Error.NotFound("Erro de faturamento não encontrado ou já resolvido."));
    }
}
