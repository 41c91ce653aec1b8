using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.Charges;

/// <summary>"Tentar novamente": the operation starts over with a fresh attempt count.</summary>
internal sealed class RetryCharge(IntegrationsDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var charge = await db.Charges.SingleOrDefaultAsync(c => c.BillingId == billingId, cancellationToken);
        if (charge is null)
        {
            return Result.Failure(Error.NotFound("Este faturamento não tem cobrança na integração."));
        }

        if (charge.Status is not (ChargeStatus.Failed or ChargeStatus.Pending or ChargeStatus.Cancelling))
        {
            return Result.Failure(Error.Conflict($"A cobrança está \"{charge.ToDto().StatusLabel}\"; não há o que tentar de novo."));
        }

        charge.Status = charge.Operation == ChargeOperation.Create ? ChargeStatus.Pending : ChargeStatus.Cancelling;
        charge.Attempts = 0;
        charge.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        ChargeJobs.Enqueue(jobs, billingId, charge.Operation);
        return Result.Success();
    }
}
