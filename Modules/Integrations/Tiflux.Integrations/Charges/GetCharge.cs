using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.Charges;

internal sealed class GetCharge(IntegrationsDbContext db)
{
    public async Task<ChargeDto?> HandleAsync(Guid billingId, CancellationToken cancellationToken) =>
        (await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.BillingId == billingId, cancellationToken))?.ToDto();
}
