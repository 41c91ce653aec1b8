using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Billings;

/// <summary>Payment and NFS-e facts reported by the integrations; each change is audited.</summary>
internal sealed class BillingPayments(BillingDbContext db, TimeProvider clock) : IBillingPayments
{
    public async Task<Result> ConfirmPaymentAsync(Guid billingId, DateTimeOffset paidAt, string source, CancellationToken cancellationToken)
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

    public async Task<Result> UndoPaymentAsync(Guid billingId, string source, string reason, CancellationToken cancellationToken)
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

    public async Task<Result> SetNfeNumberAsync(Guid billingId, string nfeNumber, string source, CancellationToken cancellationToken)
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

    public async Task<BillingChargeDataDto?> GetChargeDataAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return null;
        }

        var lines = await db.BillingLines.AsNoTracking().Where(l => l.BillingId == billingId).OrderBy(l => l.Position)
            .Select(l => new BillingChargeLineDto(l.Description, l.Quantity, l.UnitValue, l.Amount))
            .ToListAsync(cancellationToken);
        return new BillingChargeDataDto(billing.Id, billing.Number, billing.ClientId, billing.BillingDate, billing.DueDate, billing.ItemsTotal,
            billing.RealValue, billing.Observations, billing.Reversed, billing.Paid, lines);
    }
}
