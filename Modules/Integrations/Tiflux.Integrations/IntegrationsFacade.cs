using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Asaas;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.ContaAzul;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;
using Tiflux.Integrations.Settings;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations;

internal sealed class IntegrationsFacade(
    IntegrationsDbContext db,
    SecretBox secrets,
    AsaasWebhook webhook,
    ContaAzulTokens contaAzulTokens,
    IBackgroundJobClient jobs,
    TimeProvider clock) : IIntegrationsModule
{
    public async Task<IntegrationSettingsDto> GetSettingsAsync(CancellationToken cancellationToken)
    {
        var s = await db.Settings.AsNoTracking().SingleAsync(x => x.Id == 1, cancellationToken);
        return new IntegrationSettingsDto(
            s.Provider, s.AsaasEnvironment, s.AsaasBillingType, s.AsaasApiKeyProtected is not null, s.AsaasWebhookTokenProtected is not null,
            s.IssueNfse, s.MunicipalServiceCode, s.MunicipalServiceName, new NfseTaxes(s.RetainIss, s.Iss, s.Pis, s.Cofins, s.Csll, s.Inss, s.Ir),
            s.ContaAzulClientId, s.ContaAzulClientSecretProtected is not null, s.ContaAzulRefreshTokenProtected is not null, s.ContaAzulConnectedAt);
    }

    public async Task<Result> SaveSettingsAsync(SaveIntegrationSettingsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var s = await db.Settings.SingleAsync(x => x.Id == 1, cancellationToken);
        var errors = new List<Error>();
        var apiKey = request.AsaasApiKey?.Trim();
        var webhookToken = request.AsaasWebhookToken?.Trim();
        var clientSecret = request.ContaAzulClientSecret?.Trim();
        if (!string.IsNullOrEmpty(webhookToken) && webhookToken.Length is < 32 or > 255)
        {
            errors.Add(Error.Validation("AsaasWebhookToken", "O token do webhook do Asaas deve ter de 32 a 255 caracteres."));
        }

        if (request.Provider == IntegrationProvider.Asaas)
        {
            if (string.IsNullOrEmpty(apiKey) && s.AsaasApiKeyProtected is null)
            {
                errors.Add(Error.Validation("AsaasApiKey", "Informe a chave de API do Asaas."));
            }

            if (string.IsNullOrEmpty(webhookToken) && s.AsaasWebhookTokenProtected is null)
            {
                errors.Add(Error.Validation("AsaasWebhookToken", "Informe o token do webhook do Asaas (o mesmo cadastrado no Asaas)."));
            }

            if (request.IssueNfse && string.IsNullOrWhiteSpace(request.MunicipalServiceCode))
            {
                errors.Add(Error.Validation("MunicipalServiceCode", "Informe o código do serviço municipal para emitir NFS-e."));
            }
        }

        if (request.Provider == IntegrationProvider.ContaAzul)
        {
            if (string.IsNullOrWhiteSpace(request.ContaAzulClientId))
            {
                errors.Add(Error.Validation("ContaAzulClientId", "Informe o client id da Conta Azul."));
            }

            if (string.IsNullOrEmpty(clientSecret) && s.ContaAzulClientSecretProtected is null)
            {
                errors.Add(Error.Validation("ContaAzulClientSecret", "Informe o client secret da Conta Azul."));
            }
        }

        var taxes = request.Taxes ?? new NfseTaxes(false, 0, 0, 0, 0, 0, 0);
        if (new[] { taxes.Iss, taxes.Pis, taxes.Cofins, taxes.Csll, taxes.Inss, taxes.Ir }.Any(t => t is < 0 or > 100))
        {
            errors.Add(Error.Validation("Taxes", "Os impostos são percentuais de 0 a 100."));
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        s.Provider = request.Provider;
        s.AsaasEnvironment = request.AsaasEnvironment;
        s.AsaasBillingType = request.AsaasBillingType;
        if (!string.IsNullOrEmpty(apiKey))
        {
            s.AsaasApiKeyProtected = secrets.Protect(apiKey);
        }

        if (!string.IsNullOrEmpty(webhookToken))
        {
            s.AsaasWebhookTokenProtected = secrets.Protect(webhookToken);
        }

        s.IssueNfse = request.IssueNfse;
        s.MunicipalServiceCode = (request.MunicipalServiceCode ?? "").Trim();
        s.MunicipalServiceName = (request.MunicipalServiceName ?? "").Trim();
        (s.RetainIss, s.Iss, s.Pis, s.Cofins, s.Csll, s.Inss, s.Ir) = (taxes.RetainIss, taxes.Iss, taxes.Pis, taxes.Cofins, taxes.Csll, taxes.Inss, taxes.Ir);
        var clientId = (request.ContaAzulClientId ?? "").Trim();
        if (clientId != s.ContaAzulClientId)
        {
            // Tokens belong to the old app: connect again.
            s.ContaAzulAccessTokenProtected = null;
            s.ContaAzulRefreshTokenProtected = null;
            s.ContaAzulConnectedAt = null;
        }

        s.ContaAzulClientId = clientId;
        if (!string.IsNullOrEmpty(clientSecret))
        {
            s.ContaAzulClientSecretProtected = secrets.Protect(clientSecret);
        }

        s.UpdatedBy = request.By;
        s.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<ChargeDto?> GetChargeAsync(Guid billingId, CancellationToken cancellationToken) =>
        (await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.BillingId == billingId, cancellationToken))?.ToDto();

    public async Task<IReadOnlyDictionary<Guid, ChargeDto>> GetChargesAsync(IReadOnlyCollection<Guid> billingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(billingIds);
        var ids = billingIds.ToList();
        var rows = await db.Charges.AsNoTracking().Where(c => ids.Contains(c.BillingId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(c => c.BillingId, c => c.ToDto());
    }

    public async Task<IReadOnlyList<ChargeDto>> ListFailuresAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Charges.AsNoTracking()
            .Where(c => c.Status == ChargeStatus.Failed || c.LastError != null)
            .OrderByDescending(c => c.UpdatedAt).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(c => c.ToDto())];
    }

    public async Task<Result> RetryAsync(Guid billingId, string by, CancellationToken cancellationToken)
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

    public Task<WebhookOutcome> HandleAsaasWebhookAsync(string? token, string body, CancellationToken cancellationToken) =>
        webhook.HandleAsync(token, body, cancellationToken);

    public async Task<Result<string>> BeginContaAzulConnectAsync(string redirectUri, CancellationToken cancellationToken)
    {
        var s = await db.Settings.SingleAsync(x => x.Id == 1, cancellationToken);
        if (string.IsNullOrWhiteSpace(s.ContaAzulClientId) || s.ContaAzulClientSecretProtected is null)
        {
            return Error.Validation("ContaAzulClientId", "Salve o client id e o client secret da Conta Azul antes de conectar.");
        }

        s.ContaAzulPendingState = ContaAzulTokens.NewState();
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Success(contaAzulTokens.AuthorizationUrl(s.ContaAzulClientId, redirectUri, s.ContaAzulPendingState).ToString());
    }

    public async Task<Result> CompleteContaAzulConnectAsync(string code, string state, string redirectUri, CancellationToken cancellationToken)
    {
        var s = await db.Settings.AsNoTracking().SingleAsync(x => x.Id == 1, cancellationToken);
        if (string.IsNullOrEmpty(state) || s.ContaAzulPendingState is null
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(state), System.Text.Encoding.UTF8.GetBytes(s.ContaAzulPendingState)))
        {
            return Result.Failure(Error.Validation("state", "Retorno da Conta Azul inválido ou expirado; clique em Conectar de novo."));
        }

        try
        {
            await contaAzulTokens.ExchangeCodeAsync(code, redirectUri, cancellationToken);
            return Result.Success();
        }
        catch (IntegrationCallException ex)
        {
            return Result.Failure(Error.Validation("code", ex.Message));
        }
    }
}
