using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>After billing only the NFe number, observations and attachments change; every change is audited.</summary>
internal sealed class UpdateBilling(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid billingId, UpdateBillingRequest request, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return Result.Failure(Error.NotFound("Faturamento não encontrado."));
        }

        var nfe = (request.NfeNumber ?? "").Trim();
        var observations = (request.Observations ?? "").Trim();
        if (nfe.Length > BillingLimits.NfeNumber)
        {
            return Result.Failure(Error.Validation("NfeNumber", $"O número da NFe deve ter no máximo {BillingLimits.NfeNumber} caracteres."));
        }

        if (observations.Length > BillingLimits.Observations)
        {
            return Result.Failure(Error.Validation("Observations", $"As observações devem ter no máximo {BillingLimits.Observations} caracteres."));
        }

        var changes = new List<string>();
        if (nfe != billing.NfeNumber)
        {
            changes.Add($"NFe: \"{billing.NfeNumber}\" → \"{nfe}\"");
            billing.NfeNumber = nfe;
        }

        if (observations != billing.Observations)
        {
            changes.Add("observações alteradas");
            billing.Observations = observations;
        }

        if (changes.Count > 0)
        {
            db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "Editado", By = request.By, At = clock.GetUtcNow(), Details = string.Join("; ", changes) });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }
}
