using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Payments;

/// <summary>A payment reported by an integration; a reversed billing refuses it, a paid one ignores it; audited.</summary>
internal sealed class ConfirmPayment(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid billingId, DateTimeOffset paidAt, string source, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return Result.Failure(Error.NotFound("Faturamento não encontrado."));
        }

        if (billing.Reversed)
        {
            return Result.Failure(Error.Conflict($"O faturamento nº {billing.Number} está estornado; o pagamento informado por {source} não foi aplicado."));
        }

        if (billing.Paid)
        {
            return Result.Success();
        }

        billing.Paid = true;
        billing.PaidAt = paidAt;
        db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "Pago", By = source, At = clock.GetUtcNow(), Details = $"Pagamento confirmado por {source}." });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
