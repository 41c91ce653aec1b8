using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.Charges;

/// <summary>What the pending job of a charge does next.</summary>
internal enum ChargeOperation
{
    Create = 0,
    Cancel = 1,
}

/// <summary>The external charge of one billing (Asaas payment or Conta Azul sale) and its last job attempt.</summary>
internal sealed class Charge
{
    public Guid BillingId { get; init; }

    public int BillingNumber { get; init; }

    public IntegrationProvider Provider { get; init; }

    public ChargeStatus Status { get; set; }

    public ChargeOperation Operation { get; set; }

    public bool RefundRequested { get; set; }

    public string? CustomerId { get; set; }

    public string? ExternalId { get; set; }

    public long? SaleNumber { get; set; }

    public string? FinancialEventId { get; set; }

    public string? RemoteStatus { get; set; }

    public string? InvoiceUrl { get; set; }

    public string? BankSlipUrl { get; set; }

    public string? PixCode { get; set; }

    public string? NfseId { get; set; }

    public string? NfseNumber { get; set; }

    public string? NfseStatus { get; set; }

    public string? LastError { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public ChargeDto ToDto() => new(BillingId, BillingNumber, Provider, Status, ExternalId, RemoteStatus, InvoiceUrl, BankSlipUrl, PixCode,
        NfseNumber, NfseStatus, LastError, Attempts, UpdatedAt);
}

/// <summary>An Asaas webhook event already received; the primary key deduplicates deliveries.</summary>
internal sealed class WebhookEvent
{
    public required string Id { get; init; }

    public required string Event { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string Payload { get; init; } = "{}";
}
