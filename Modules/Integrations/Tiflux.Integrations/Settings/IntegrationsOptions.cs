namespace Tiflux.Integrations.Settings;

/// <summary>Configuration section <c>Integrations</c>: the services' base URLs (tests point them at fakes) and the HTTP timeout.</summary>
internal sealed class IntegrationsOptions
{
    public const string Section = "Integrations";

    public string AsaasProductionUrl { get; set; } = "https://api.asaas.com";

    public string AsaasSandboxUrl { get; set; } = "https://api-sandbox.asaas.com";

    public string ContaAzulAuthUrl { get; set; } = "https://auth.contaazul.com";

    public string ContaAzulApiUrl { get; set; } = "https://api-v2.contaazul.com";

    public int TimeoutSeconds { get; set; } = 30;
}
