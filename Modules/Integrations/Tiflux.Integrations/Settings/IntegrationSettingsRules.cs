using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.Settings;

/// <summary>The request's secrets trimmed (blank keeps the stored one) and its taxes (none given: all zero).</summary>
internal sealed record SettingsInput(string? ApiKey, string? WebhookToken, string? ClientSecret, NfseTaxes Taxes);

/// <summary>What saved settings must satisfy for the chosen provider, every problem reported at once in a fixed order.</summary>
internal static class IntegrationSettingsRules
{
    public static List<Error> Validate(SaveIntegrationSettingsRequest request, SettingsInput input, IntegrationSettings stored)
    {
        var errors = new List<Error>();
        if (!string.IsNullOrEmpty(input.WebhookToken) && input.WebhookToken.Length is < 32 or > 255)
        {
            errors.Add(Error.Validation("AsaasWebhookToken", "O token do webhook do Asaas deve ter de 32 a 255 caracteres."));
        }

        if (request.Provider == IntegrationProvider.Asaas)
        {
            AsaasRequirements(request, input, stored, errors);
        }

        if (request.Provider == IntegrationProvider.ContaAzul)
        {
            if (string.IsNullOrWhiteSpace(request.ContaAzulClientId))
            {
                errors.Add(Error.Validation("ContaAzulClientId", "Informe o client id da Conta Azul."));
            }

            if (string.IsNullOrEmpty(input.ClientSecret) && stored.ContaAzulClientSecretProtected is null)
            {
                errors.Add(Error.Validation("ContaAzulClientSecret", "Informe o client secret da Conta Azul."));
            }
        }

        var taxes = input.Taxes;
        if (new[] { taxes.Iss, taxes.Pis, taxes.Cofins, taxes.Csll, taxes.Inss, taxes.Ir }.Any(t => t is < 0 or > 100))
        {
            errors.Add(Error.Validation("Taxes", "Os impostos são percentuais de 0 a 100."));
        }

        return errors;
    }

    private static void AsaasRequirements(SaveIntegrationSettingsRequest request, SettingsInput input, IntegrationSettings stored, List<Error> errors)
    {
        if (string.IsNullOrEmpty(input.ApiKey) && stored.AsaasApiKeyProtected is null)
        {
            errors.Add(Error.Validation("AsaasApiKey", "Informe a chave de API do Asaas."));
        }

        if (string.IsNullOrEmpty(input.WebhookToken) && stored.AsaasWebhookTokenProtected is null)
        {
            errors.Add(Error.Validation("AsaasWebhookToken", "Informe o token do webhook do Asaas (o mesmo cadastrado no Asaas)."));
        }

        if (request.IssueNfse && string.IsNullOrWhiteSpace(request.MunicipalServiceCode))
        {
            errors.Add(Error.Validation("MunicipalServiceCode", "Informe o código do serviço municipal para emitir NFS-e."));
        }
    }
}
