using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Payments;

/// <summary>A payment an integration withdrew; audited.</summary>
internal sealed class UndoPayment(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid billingId, string source, string reason, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return Result.Failure(Error.NotFound("Faturamento não encontrado."));
        }

        if (!billing.Paid)
        {
            return Result.Success();
        }

        billing.Paid = false;
        billing.PaidAt = null;
        db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "Pagamento desfeito", By = source, At = clock.GetUtcNow(), Details = reason });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
