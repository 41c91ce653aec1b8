using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Queries;

internal sealed class GetBillingNumbers(BillingDbContext db) : IBillingNumbers
{
    public async Task<IReadOnlyDictionary<Guid, int>> GetNumbersAsync(IReadOnlyCollection<Guid> billingIds, CancellationToken cancellationToken)
    {
        if (billingIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var ids = billingIds.Distinct().ToArray();
        return await db.Billings.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Number, cancellationToken);
    }
}
