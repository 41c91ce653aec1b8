using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.Charges;

/// <summary>The latest 200 charges that failed or whose last attempt reported an error.</summary>
internal sealed class ListChargeFailures(IntegrationsDbContext db)
{
    public async Task<IReadOnlyList<ChargeDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Charges.AsNoTracking()
            .Where(c => c.Status == ChargeStatus.Failed || c.LastError != null)
            .OrderByDescending(c => c.UpdatedAt).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(c => c.ToDto())];
    }
}
