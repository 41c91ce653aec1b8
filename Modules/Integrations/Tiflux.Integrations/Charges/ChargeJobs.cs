using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.Asaas;
using Tiflux.Integrations.ContaAzul;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.Charges;

/// <summary>
/// Every external call of a charge runs here, as a Hangfire job. The charge row is locked (FOR UPDATE) for the attempt,
/// so two runs of the same job never overlap; progress (customer id, charge id) is committed as soon as it is known.
/// Transient failures (5xx, timeouts) throw and Hangfire retries with back-off; 429 schedules the job again after the
/// announced reset; permanent failures mark the charge Failed with the error, for "Tentar novamente".
/// </summary>
internal sealed partial class ChargeJobs(
    IntegrationsDbContext db,
    IBillingPayments billings,
    IContractsModule contracts,
    AsaasGateway asaas,
    ContaAzulGateway contaAzul,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<ChargeJobs> logger)
{
    /// <summary>Attempts of one operation before the charge is marked Failed (retries + 429 re-schedules).</summary>
    public const int MaxAttempts = 8;

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task CreateAsync(Guid billingId, CancellationToken cancellationToken) => RunAsync(billingId, ChargeOperation.Create, cancellationToken);

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task CancelAsync(Guid billingId, CancellationToken cancellationToken) => RunAsync(billingId, ChargeOperation.Cancel, cancellationToken);

    public static void Enqueue(IBackgroundJobClient jobs, Guid billingId, ChargeOperation operation, TimeSpan? delay = null)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (operation == ChargeOperation.Create)
        {
            if (delay is { } d)
            {
                jobs.Schedule<ChargeJobs>(j => j.CreateAsync(billingId, CancellationToken.None), d);
            }
            else
            {
                jobs.Enqueue<ChargeJobs>(j => j.CreateAsync(billingId, CancellationToken.None));
            }
        }
        else if (delay is { } d)
        {
            jobs.Schedule<ChargeJobs>(j => j.CancelAsync(billingId, CancellationToken.None), d);
        }
        else
        {
            jobs.Enqueue<ChargeJobs>(j => j.CancelAsync(billingId, CancellationToken.None));
        }
    }

    private async Task RunAsync(Guid billingId, ChargeOperation operation, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var charge = await LockAsync(billingId, cancellationToken);
            var expected = operation == ChargeOperation.Create ? ChargeStatus.Pending : ChargeStatus.Cancelling;
            if (charge is null || charge.Operation != operation || charge.Status != expected)
            {
                return;
            }

            charge.Attempts++;
            async Task Checkpoint()
            {
                charge.UpdatedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                await transaction.DisposeAsync();
                transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                await LockAsync(billingId, CancellationToken.None);
            }

            try
            {
                await ExecuteAsync(charge, operation, Checkpoint, cancellationToken);
                charge.LastError = null;
            }
            catch (IntegrationCallException ex)
            {
                if (await RecordFailureAsync(charge, operation, transaction, ex))
                {
                    throw;
                }

                return;
            }

            charge.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Commits the failed attempt (error, Failed when permanent or out of attempts) and re-schedules a rate-limited one.
    /// True when the failure is transient and the job must throw so Hangfire retries it.
    /// </summary>
    private async Task<bool> RecordFailureAsync(Charge charge, ChargeOperation operation, IDbContextTransaction transaction, IntegrationCallException ex)
    {
        charge.LastError = ex.Message.Length > 4000 ? ex.Message[..4000] : ex.Message;
        var exhausted = charge.Attempts >= MaxAttempts;
        if (ex.Kind == FailureKind.Permanent || exhausted)
        {
            charge.Status = ChargeStatus.Failed;
        }

        charge.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        LogFailed(logger, charge.BillingId, operation, charge.Attempts, ex);
        if (charge.Status == ChargeStatus.Failed)
        {
            return false;
        }

        if (ex.Kind == FailureKind.RateLimited)
        {
            Enqueue(jobs, charge.BillingId, operation, ex.RetryAfter ?? ExternalApi.DefaultRateLimitWait);
            return false;
        }

        return true;
    }

    private async Task ExecuteAsync(Charge charge, ChargeOperation operation, Func<Task> checkpoint, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken);
        if (operation == ChargeOperation.Cancel)
        {
            if (charge.Provider == IntegrationProvider.Asaas)
            {
                await asaas.CancelAsync(charge, settings, charge.BillingId, cancellationToken);
            }
            else
            {
                await contaAzul.CancelAsync(charge, cancellationToken);
            }

            return;
        }

        var billing = await billings.GetChargeDataAsync(charge.BillingId, cancellationToken)
            ?? throw new IntegrationCallException(FailureKind.Permanent, "Faturamento não encontrado.");
        var client = await contracts.GetClientAsync(billing.ClientId, cancellationToken)
            ?? throw new IntegrationCallException(FailureKind.Permanent, "Cliente do faturamento não encontrado.");
        if (Json.Digits(client.TaxId).Length is not (11 or 14))
        {
            throw new IntegrationCallException(FailureKind.Permanent, $"O cliente {client.Name} não tem CPF/CNPJ válido.");
        }

        if (charge.Provider == IntegrationProvider.Asaas)
        {
            await asaas.CreateAsync(charge, settings, billing, client, checkpoint, cancellationToken);
        }
        else
        {
            await contaAzul.CreateAsync(charge, billing, client, checkpoint, cancellationToken);
        }
    }

    private async Task<Charge?> LockAsync(Guid billingId, CancellationToken cancellationToken) =>
        await db.Charges.FromSql($"SELECT * FROM integrations.charges WHERE billing_id = {billingId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charge {BillingId} {Operation} failed on attempt {Attempt}")]
    private static partial void LogFailed(ILogger logger, Guid billingId, ChargeOperation operation, int attempt, Exception exception);
}
