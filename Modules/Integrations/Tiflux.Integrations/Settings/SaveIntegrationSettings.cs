using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.Settings;

/// <summary>Saves the provider settings; a secret left blank keeps the stored one.</summary>
internal sealed class SaveIntegrationSettings(IntegrationsDbContext db, SecretBox secrets, TimeProvider clock)
{
    public async Task<Result> HandleAsync(SaveIntegrationSettingsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var s = await db.Settings.SingleAsync(x => x.Id == 1, cancellationToken);
        var input = new SettingsInput(
            request.AsaasApiKey?.Trim(),
            request.AsaasWebhookToken?.Trim(),
            request.ContaAzulClientSecret?.Trim(),
            request.Taxes ?? new NfseTaxes(false, 0, 0, 0, 0, 0, 0));
        var errors = IntegrationSettingsRules.Validate(request, input, s);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        ApplyAsaas(s, request, input);
        ApplyContaAzul(s, request, input);
        s.UpdatedBy = request.By;
        s.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private void ApplyAsaas(IntegrationSettings s, SaveIntegrationSettingsRequest request, SettingsInput input)
    {
        s.Provider = request.Provider;
        s.AsaasEnvironment = request.AsaasEnvironment;
        s.AsaasBillingType = request.AsaasBillingType;
        if (!string.IsNullOrEmpty(input.ApiKey))
        {
            s.AsaasApiKeyProtected = secrets.Protect(input.ApiKey);
        }

        if (!string.IsNullOrEmpty(input.WebhookToken))
        {
            s.AsaasWebhookTokenProtected = secrets.Protect(input.WebhookToken);
        }

        var taxes = input.Taxes;
        s.IssueNfse = request.IssueNfse;
        s.MunicipalServiceCode = (request.MunicipalServiceCode ?? "").Trim();
        s.MunicipalServiceName = (request.MunicipalServiceName ?? "").Trim();
        (s.RetainIss, s.Iss, s.Pis, s.Cofins, s.Csll, s.Inss, s.Ir) = (taxes.RetainIss, taxes.Iss, taxes.Pis, taxes.Cofins, taxes.Csll, taxes.Inss, taxes.Ir);
    }

    private void ApplyContaAzul(IntegrationSettings s, SaveIntegrationSettingsRequest request, SettingsInput input)
    {
        var clientId = (request.ContaAzulClientId ?? "").Trim();
        if (clientId != s.ContaAzulClientId)
        {
            // Tokens belong to the old app: connect again.
            s.ContaAzulAccessTokenProtected = null;
            s.ContaAzulRefreshTokenProtected = null;
            s.ContaAzulConnectedAt = null;
        }

        s.ContaAzulClientId = clientId;
        if (!string.IsNullOrEmpty(input.ClientSecret))
        {
            s.ContaAzulClientSecretProtected = secrets.Protect(input.ClientSecret);
        }
    }
}
