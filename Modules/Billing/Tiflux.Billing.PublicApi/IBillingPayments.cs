using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>
/// What the payment integrations (Asaas, Conta Azul) report back. History state Pago comes only from
/// <see cref="ConfirmPaymentAsync"/>; there is no manual "mark paid".
/// </summary>
public interface IBillingPayments
{
    /// <summary>Marks the billing paid (idempotent). Refused for a reversed billing.</summary>
    Task<Result> ConfirmPaymentAsync(Guid billingId, DateTimeOffset paidAt, string source, CancellationToken cancellationToken);

    /// <summary>Undoes a payment the integration reported as refunded or undone (idempotent).</summary>
    Task<Result> UndoPaymentAsync(Guid billingId, string source, string reason, CancellationToken cancellationToken);

    /// <summary>Writes the NFS-e number the integration got authorised into the billing's NFe field.</summary>
    Task<Result> SetNfeNumberAsync(Guid billingId, string nfeNumber, string source, CancellationToken cancellationToken);

    /// <summary>What the integrations need to charge a billing; null when missing.</summary>
    Task<BillingChargeDataDto?> GetChargeDataAsync(Guid billingId, CancellationToken cancellationToken);
}

/// <summary>A billing as the integrations charge it.</summary>
public sealed record BillingChargeDataDto(
    Guid Id,
    int Number,
    Guid ClientId,
    DateOnly BillingDate,
    DateOnly DueDate,
    decimal ItemsTotal,
    decimal RealValue,
    string Observations,
    bool Reversed,
    bool Paid,
    IReadOnlyList<BillingChargeLineDto> Lines);

/// <summary>A billed line as sent to an ERP.</summary>
public sealed record BillingChargeLineDto(string Description, decimal Quantity, decimal UnitValue, decimal Amount);
