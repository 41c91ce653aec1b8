using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.Settings;

/// <summary>The organisation's one settings row (id 1). Secrets are stored protected by ASP.NET Data Protection.</summary>
internal sealed class IntegrationSettings
{
    public int Id { get; init; } = 1;

    public IntegrationProvider Provider { get; set; }

    public AsaasEnvironment AsaasEnvironment { get; set; }

    public AsaasBillingType AsaasBillingType { get; set; }

    public string? AsaasApiKeyProtected { get; set; }

    public string? AsaasWebhookTokenProtected { get; set; }

    public bool IssueNfse { get; set; }

    public string MunicipalServiceCode { get; set; } = "";

    public string MunicipalServiceName { get; set; } = "";

    public bool RetainIss { get; set; }

    public decimal Iss { get; set; }

    public decimal Pis { get; set; }

    public decimal Cofins { get; set; }

    public decimal Csll { get; set; }

    public decimal Inss { get; set; }

    public decimal Ir { get; set; }

    public string ContaAzulClientId { get; set; } = "";

    public string? ContaAzulClientSecretProtected { get; set; }

    public string? ContaAzulAccessTokenProtected { get; set; }

    public string? ContaAzulRefreshTokenProtected { get; set; }

    public DateTimeOffset? ContaAzulAccessTokenExpiresAt { get; set; }

    public DateTimeOffset? ContaAzulConnectedAt { get; set; }

    /// <summary>The OAuth <c>state</c> of a connect flow in progress.</summary>
    public string? ContaAzulPendingState { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset? UpdatedAt { get; set; }
}
