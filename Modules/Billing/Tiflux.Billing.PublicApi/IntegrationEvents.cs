using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>Names of billing's events in its outbox (<c>billing.outbox_messages.type</c>).</summary>
public static class BillingEventTypes
{
    public const string Created = "billing.created";

    public const string Reversed = "billing.reversed";
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
