using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>History state: Estornado when reversed, else Pago when an integration confirmed payment, else Faturado.</summary>
public enum BillingState
{
    Billed = 1,
    Reversed = 2,
    Paid = 3,
}

/// <summary>A file sent with a billing.</summary>
public sealed record AttachmentUpload(string FileName, string ContentType, byte[] Content);

/// <summary>The created billing.</summary>
public sealed record BillingCreatedDto(Guid Id, int Number, decimal RealValue);

/// <summary>The fields of a billing that may change after it is created.</summary>
public sealed record UpdateBillingRequest(string? NfeNumber, string? Observations, string By);

/// <summary>
/// Billing history filters; date ranges are inclusive and need both ends. <see cref="NfeNumber"/> and
/// <see cref="Observations"/> match contained text, ignoring case ("001234" finds "NF-2026-001234").
/// </summary>
public sealed record BillingHistoryRequest(
    DateOnly? BillingFrom,
    DateOnly? BillingTo,
    DateOnly? DueFrom,
    DateOnly? DueTo,
    Guid? ClientId,
    string? NfeNumber,
    int? TicketNumber,
    BillingState? State,
    int Page = 1,
    int PageSize = 25)
{
    /// <summary>Only the billing with this number.</summary>
    public int? Number { get; init; }

    /// <summary>Only billings not reversed, paid or not (Tiflux's API "billed"; the page's Faturado excludes paid ones).</summary>
    public bool NotReversed { get; init; }

    /// <summary>Only billings whose observations contain this text (case-insensitive).</summary>
    public string? Observations { get; init; }
}

/// <summary>A row of the billing history.</summary>
public sealed record BillingSummary(
    Guid Id,
    int Number,
    Guid ClientId,
    string ClientName,
    DateOnly BillingDate,
    DateOnly DueDate,
    string NfeNumber,
    BillingState State,
    decimal ItemsTotal,
    decimal Discount,
    decimal Interest,
    decimal RealValue,
    string CreatedBy,
    DateTimeOffset CreatedAt);

/// <summary>A page of history and the totals of every match, reversed billings excluded.</summary>
public sealed record BillingHistoryDto(PagedList<BillingSummary> Page, decimal TotalRealValue, int CountedBillings);

/// <summary>A billed line with the explanation it had when billed.</summary>
public sealed record BilledLineDto(
    string Key,
    string GroupKey,
    PendingLineKind Kind,
    Guid? ContractId,
    string? ContractName,
    int? CycleIndex,
    int? TicketNumber,
    Guid? SourceId,
    string Description,
    decimal Quantity,
    string Unit,
    decimal UnitValue,
    decimal Amount,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    LineExplanationDto Explanation);

/// <summary>An attachment's metadata.</summary>
public sealed record AttachmentInfoDto(Guid Id, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>Who did what to a billing, and when.</summary>
public sealed record AuditEntryDto(string Action, string By, DateTimeOffset At, string Details);

/// <summary>A billing with everything its page shows.</summary>
public sealed record BillingDetailsDto(
    BillingSummary Summary,
    string Observations,
    string? ReversalReason,
    IReadOnlyList<BilledLineDto> Lines,
    IReadOnlyList<AttachmentInfoDto> Attachments,
    IReadOnlyList<AuditEntryDto> Audit)
{
    /// <summary>When the billing was reversed (estornado); null while it stands. The reason is <see cref="ReversalReason"/>.</summary>
    public DateTimeOffset? ReversedAt { get; init; }
}

/// <summary>What a reconciliation of billed marks changed: items released, items marked again, billings it could not mark.</summary>
public sealed record BilledMarksReconciled(int Released, int Restored, int Failed);
