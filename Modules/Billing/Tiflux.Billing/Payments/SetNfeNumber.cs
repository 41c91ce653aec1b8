using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Payments;

/// <summary>The NFS-e number an integration issued; audited when it changes.</summary>
internal sealed class SetNfeNumber(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid billingId, string nfeNumber, string source, CancellationToken cancellationToken)
    {
        var number = (nfeNumber ?? "").Trim();
        if (number.Length is 0 or > BillingLimits.NfeNumber)
        {
            return Result.Failure(Error.Validation("NfeNumber", $"O número da NFe deve ter de 1 a {BillingLimits.NfeNumber} caracteres."));
        }

        var billing = await db.Billings.SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return Result.Failure(Error.NotFound("Faturamento não encontrado."));
        }

        if (billing.NfeNumber != number)
        {
            db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "NFS-e", By = source, At = clock.GetUtcNow(), Details = $"NFe: \"{billing.NfeNumber}\" → \"{number}\"" });
            billing.NfeNumber = number;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }
}
