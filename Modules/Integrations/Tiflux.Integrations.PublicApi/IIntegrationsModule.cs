using Tiflux.SharedKernel;

namespace Tiflux.Integrations.PublicApi;

/// <summary>
/// Charges and invoices of billings in Asaas or Conta Azul: settings (secrets write-only), the charge state each
/// billing page shows, retries, the Asaas webhook and the Conta Azul connect flow.
/// </summary>
public interface IIntegrationsModule
{
    /// <summary>The organisation's integration settings; secrets only as "configured" flags.</summary>
    Task<IntegrationSettingsDto> GetSettingsAsync(CancellationToken cancellationToken);

    /// <summary>Saves the settings; a null or blank secret keeps the stored one.</summary>
    Task<Result> SaveSettingsAsync(SaveIntegrationSettingsRequest request, CancellationToken cancellationToken);

    /// <summary>The charge of one billing, or null when none was ever requested.</summary>
    Task<ChargeDto?> GetChargeAsync(Guid billingId, CancellationToken cancellationToken);

    /// <summary>The charges of several billings (history page).</summary>
    Task<IReadOnlyDictionary<Guid, ChargeDto>> GetChargesAsync(IReadOnlyCollection<Guid> billingIds, CancellationToken cancellationToken);

    /// <summary>Charges whose last attempt failed, newest first (batch-error report).</summary>
    Task<IReadOnlyList<ChargeDto>> ListFailuresAsync(CancellationToken cancellationToken);

    /// <summary>Queues the pending operation of a charge again (Tentar novamente).</summary>
    Task<Result> RetryAsync(Guid billingId, string by, CancellationToken cancellationToken);

    /// <summary>
    /// An Asaas webhook delivery: <paramref name="token"/> is the <c>asaas-access-token</c> header. Events are
    /// deduplicated by id; only PAYMENT_* and INVOICE_* events change anything.
    /// </summary>
    Task<WebhookOutcome> HandleAsaasWebhookAsync(string? token, string body, CancellationToken cancellationToken);

    /// <summary>The Conta Azul authorization URL the settings page redirects to; remembers a random OAuth state.</summary>
    Task<Result<string>> BeginContaAzulConnectAsync(string redirectUri, CancellationToken cancellationToken);

    /// <summary>Exchanges the authorization code for tokens and stores them encrypted.</summary>
    Task<Result> CompleteContaAzulConnectAsync(string code, string state, string redirectUri, CancellationToken cancellationToken);
}

/// <summary>Which service charges the billings.</summary>
public enum IntegrationProvider
{
    None = 0,
    Asaas = 1,
    ContaAzul = 2,
}

/// <summary>Asaas environment.</summary>
public enum AsaasEnvironment
{
    Sandbox = 0,
    Production = 1,
}

/// <summary>How the client pays an Asaas charge.</summary>
public enum AsaasBillingType
{
    Boleto = 0,
    Pix = 1,
    CustomerChooses = 2,
}

/// <summary>Where a charge stands.</summary>
public enum ChargeStatus
{
    /// <summary>Waiting for the job to create it (or to retry).</summary>
    Pending = 0,
    Created = 1,
    Paid = 2,
    /// <summary>Reversal requested; waiting for the job to cancel it.</summary>
    Cancelling = 3,
    Cancelled = 4,
    Refunded = 5,
    /// <summary>Gave up: a permanent error or the attempts ran out. "Tentar novamente" queues it again.</summary>
    Failed = 6,
}

/// <summary>What the webhook endpoint answers.</summary>
public enum WebhookOutcome
{
    Accepted = 0,
    Duplicate = 1,
    Ignored = 2,
    Unauthorized = 3,
    Invalid = 4,
}

/// <summary>The settings page's view; secrets appear only as flags.</summary>
public sealed record IntegrationSettingsDto(
    IntegrationProvider Provider,
    AsaasEnvironment AsaasEnvironment,
    AsaasBillingType AsaasBillingType,
    bool AsaasApiKeyConfigured,
    bool AsaasWebhookTokenConfigured,
    bool IssueNfse,
    string MunicipalServiceCode,
    string MunicipalServiceName,
    NfseTaxes Taxes,
    string ContaAzulClientId,
    bool ContaAzulClientSecretConfigured,
    bool ContaAzulConnected,
    DateTimeOffset? ContaAzulConnectedAt);

/// <summary>NFS-e taxes in percent.</summary>
public sealed record NfseTaxes(bool RetainIss, decimal Iss, decimal Pis, decimal Cofins, decimal Csll, decimal Inss, decimal Ir);

/// <summary>Saving settings: a null or blank secret keeps the stored value.</summary>
public sealed record SaveIntegrationSettingsRequest(
    IntegrationProvider Provider,
    AsaasEnvironment AsaasEnvironment,
    AsaasBillingType AsaasBillingType,
    string? AsaasApiKey,
    string? AsaasWebhookToken,
    bool IssueNfse,
    string? MunicipalServiceCode,
    string? MunicipalServiceName,
    NfseTaxes Taxes,
    string? ContaAzulClientId,
    string? ContaAzulClientSecret,
    string By);

/// <summary>A billing's charge as the pages show it.</summary>
public sealed record ChargeDto(
    Guid BillingId,
    int BillingNumber,
    IntegrationProvider Provider,
    ChargeStatus Status,
    string? ExternalId,
    string? RemoteStatus,
    string? InvoiceUrl,
    string? BankSlipUrl,
    string? PixCode,
    string? NfseNumber,
    string? NfseStatus,
    string? LastError,
    int Attempts,
    DateTimeOffset UpdatedAt)
{
    /// <summary>pt-BR label of <see cref="Status"/>.</summary>
    public string StatusLabel => Status switch
    {
        ChargeStatus.Pending => "Aguardando envio",
        ChargeStatus.Created => "Cobrança emitida",
        ChargeStatus.Paid => "Paga",
        ChargeStatus.Cancelling => "Cancelando",
        ChargeStatus.Cancelled => "Cancelada",
        ChargeStatus.Refunded => "Reembolsada",
        ChargeStatus.Failed => "Falhou",
        _ => Status.ToString(),
    };

    /// <summary>pt-BR name of <see cref="Provider"/>.</summary>
    public string ProviderLabel => Provider switch
    {
        IntegrationProvider.Asaas => "Asaas",
        IntegrationProvider.ContaAzul => "Conta Azul",
        _ => "—",
    };
}
