using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.ContaAzul;

/// <summary>Conta Azul has no webhooks: every 15 minutes the open sales' installments are read; all RECEBIDO → billing paid.</summary>
internal sealed class ContaAzulPollJob(IntegrationsDbContext db, ContaAzulGateway gateway, IBillingPayments billings, TimeProvider clock)
{
    public const string RecurringId = "integrations.contaazul-poll";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var open = await db.Charges
            .Where(c => c.Provider == IntegrationProvider.ContaAzul && c.Status == ChargeStatus.Created && c.FinancialEventId != null)
            .OrderBy(c => c.UpdatedAt).Take(200).ToListAsync(cancellationToken);
        foreach (var charge in open)
        {
            try
            {
                if (await gateway.IsPaidAsync(charge, cancellationToken))
                {
                    var paid = await billings.ConfirmPaymentAsync(charge.BillingId, clock.GetUtcNow(), "Conta Azul", cancellationToken);
                    if (paid.IsSuccess)
                    {
                        charge.Status = ChargeStatus.Paid;
                        charge.PaidAt = clock.GetUtcNow();
                    }
                    else
                    {
                        charge.LastError = string.Join("; ", paid.Errors.Select(e => e.Message));
                    }
                }
            }
            catch (IntegrationCallException ex) when (ex.Kind == FailureKind.RateLimited)
            {
                charge.LastError = ex.Message;
                break;
            }
            catch (IntegrationCallException ex)
            {
                charge.LastError = ex.Message;
            }

            charge.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
