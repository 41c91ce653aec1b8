using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>Names of billing's events in its outbox (<c>billing.outbox_messages.type</c>).</summary>
public static class BillingEventTypes
{
    public const string Created = "billing.created";

    public const string Reversed = "billing.reversed";

    public const string AutomaticallyClosed = "billing.automatically-closed";

    public const string ConsumptionThresholdReached = "billing.consumption-threshold-reached";

    public const string EmailRequested = "billing.email-requested";
}

/// <summary>A billing was committed (Faturar). Published only after the transaction that created it commits.</summary>
public sealed record BillingCreated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BillingId,
    int Number,
    Guid ClientId,
    decimal RealValue,
    DateOnly BillingDate,
    DateOnly DueDate) : IIntegrationEvent;

/// <summary>A billing was reversed (estornado); <see cref="WasPaid"/> when it had been paid and the user confirmed a refund.</summary>
public sealed record BillingReversed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BillingId,
    int Number,
    Guid ClientId,
    bool WasPaid,
    bool RefundConfirmed) : IIntegrationEvent;

/// <summary>
/// The automatic run (faturamento automático) created a billing, in the same transaction as <see cref="BillingCreated"/>.
/// Notifications reacts by e-mailing the closing report to the client's finance addresses, once per billing.
/// </summary>
public sealed record AutomaticBillingClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BillingId,
    int Number,
    Guid ClientId) : IIntegrationEvent;

/// <summary>
/// The user chose "Enviar PDF por e-mail" when billing: written in the billing's transaction, so there is no billing
/// without its e-mail request and no request without its billing. Notifications renders the closing report in
/// <see cref="Layout"/> and queues one message per billing (its dedupe key) to the checked <see cref="Recipients"/>.
/// </summary>
public sealed record BillingEmailRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BillingId,
    int Number,
    IReadOnlyList<string> Recipients,
    ClosingReportLayout Layout,
    string RequestedBy) : IIntegrationEvent;

/// <summary>
/// A contract's consumption in a cycle reached its reminder percentage (lembrete de consumo); written with the row that
/// makes "one reminder per contract cycle" a database guarantee. Values are pre-formatted (pt-BR) for the e-mail.
/// </summary>
public sealed record ConsumptionThresholdReached(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContractId,
    int CycleIndex,
    string ContractName,
    string ClientName,
    string Period,
    string Consumed,
    string Included,
    int PercentUsed,
    int Threshold,
    IReadOnlyList<string> Recipients,
    string? Forecast = null) : IIntegrationEvent;
