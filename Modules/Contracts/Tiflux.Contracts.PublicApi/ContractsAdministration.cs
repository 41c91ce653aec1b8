using Tiflux.SharedKernel;

namespace Tiflux.Contracts.PublicApi;

/// <summary>Contract types, contracts, riders and price adjustments for the pages and the API (Contratos).</summary>
public interface IContractsAdministration
{
    /// <summary>Every contract type, by name.</summary>
    Task<IReadOnlyList<ContractTypeDto>> ListContractTypesAsync(CancellationToken cancellationToken);

    /// <summary>Creates a contract type bound to one modality.</summary>
    Task<Result<Guid>> CreateContractTypeAsync(string name, ContractModality modality, CancellationToken cancellationToken);

    /// <summary>Contracts matching the filters, newest number first.</summary>
    Task<PagedList<ContractListItemDto>> ListContractsAsync(ContractListRequest request, CancellationToken cancellationToken);

    /// <summary>A contract with its rider history and adjustments; null when missing.</summary>
    Task<ContractDetailsDto?> GetContractDetailsAsync(Guid contractId, CancellationToken cancellationToken);

    /// <summary>Creates a contract and its first rider in one transaction.</summary>
    Task<Result<Guid>> CreateContractAsync(CreateContractRequest request, CancellationToken cancellationToken);

    /// <summary>Changes a contract's settings (not its financial terms, which need a new rider).</summary>
    Task<Result> UpdateContractSettingsAsync(Guid contractId, ContractSettingsRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a new rider version; the open previous rider ends the day before; overlaps are refused.</summary>
    Task<Result<Guid>> AddRiderAsync(Guid contractId, RiderTermsRequest request, string createdBy, CancellationToken cancellationToken);

    /// <summary>Cancels a contract from a date (cycles starting after it are not billed).</summary>
    Task<Result> CancelContractAsync(Guid contractId, DateOnly cancelledOn, string reason, CancellationToken cancellationToken);

    /// <summary>Contracts whose scheduled adjustment falls in the month (Reajuste de contrato).</summary>
    Task<IReadOnlyList<AdjustmentCandidateDto>> ListAdjustmentsDueAsync(int year, int month, CancellationToken cancellationToken);

    /// <summary>Applies one adjustment to every selected contract, all or nothing; returns how many were adjusted.</summary>
    Task<Result<int>> ApplyAdjustmentsAsync(ApplyAdjustmentRequest request, CancellationToken cancellationToken);
}

/// <summary>An organisation-defined contract type.</summary>
public sealed record ContractTypeDto(Guid Id, string Name, ContractModality Modality, bool Active);

/// <summary>Filters of the contract list.</summary>
public sealed record ContractListRequest(
    Guid? ClientId,
    ContractModality? Modality,
    ContractStatus? Status,
    string? Search,
    int Page = 1,
    int PageSize = 25)
{
    /// <summary>Any of these clients (with <see cref="ClientId"/>, both apply).</summary>
    public IReadOnlyCollection<Guid>? ClientIds { get; init; }

    public IReadOnlyCollection<Guid>? ContractTypeIds { get; init; }

    /// <summary>Any of these statuses (with <see cref="Status"/>, both apply).</summary>
    public IReadOnlyCollection<ContractStatus>? Statuses { get; init; }
}

/// <summary>A row of the contract list; <see cref="TotalValue"/> = rider value + rider tax.</summary>
public sealed record ContractListItemDto(
    Guid Id,
    int Number,
    string Name,
    Guid ClientId,
    string ClientName,
    ContractModality Modality,
    string ContractTypeName,
    ContractStatus Status,
    DateOnly StartDate,
    DateOnly? ExpirationDate,
    decimal RiderValue,
    decimal RiderTax,
    decimal TotalValue)
{
    public Guid ContractTypeId { get; init; }

    public int? DurationMonths { get; init; }

    public int? AdjustmentIntervalMonths { get; init; }

    public DateOnly? NextAdjustmentDate { get; init; }

    public DateOnly? CancelledOn { get; init; }
}

/// <summary>A contract with its history.</summary>
public sealed record ContractDetailsDto(
    ContractTermsDto Terms,
    string ClientName,
    ContractSettingsRequest Settings,
    DateOnly? CancelledOn,
    string CancellationReason,
    IReadOnlyList<RiderHistoryDto> RiderHistory,
    IReadOnlyList<AdjustmentHistoryDto> Adjustments,
    ContractCycleDto? CurrentCycle,
    IReadOnlyList<string> SharedMemberClientNames);

/// <summary>A rider version with why and by whom it was created.</summary>
public sealed record RiderHistoryDto(RiderTermsDto Terms, string Reason, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>An applied price adjustment.</summary>
public sealed record AdjustmentHistoryDto(
    DateOnly EffectiveDate,
    string IndexName,
    decimal? Percent,
    decimal? NewValue,
    decimal PreviousValue,
    decimal ResultingValue,
    string AppliedBy,
    DateTimeOffset AppliedAt);

/// <summary>The settings of a contract that are not financial terms.</summary>
public sealed record ContractSettingsRequest(
    string Name,
    BillingTiming BillingTiming,
    int BillingDaysBefore,
    bool AutomaticBilling,
    DateOnly StartDate,
    DateOnly? ExpirationDate,
    int? DurationMonths,
    bool AutomaticRenewal,
    CycleAnchor CycleAnchor,
    int? AdjustmentIntervalMonths,
    DateOnly? NextAdjustmentDate,
    bool PermitEntriesWhilePendingAdjustment,
    string TechnicalNotes,
    int? RolloverCapMinutes,
    int? RolloverExpiryCycles,
    int TimeRoundingIncrementMinutes,
    int MinimumMinutesPerEntry,
    bool ReminderEnabled,
    int? ReminderPercent,
    IReadOnlyList<string> ReminderEmails,
    IReadOnlyList<Guid> SharedMemberClientIds);

/// <summary>The financial terms of a rider; which fields apply depends on the modality.</summary>
public sealed record RiderTermsRequest(
    DateOnly StartDate,
    DateOnly? EndDate,
    int DueDay,
    decimal Value,
    decimal DiscountValue,
    DiscountType DiscountType,
    int? IncludedMinutes,
    decimal? SurplusHourRate,
    decimal? Tax,
    decimal? ExternalRate,
    decimal? RemoteRate,
    decimal? InternalRate,
    int? IncludedTickets,
    decimal? ExtraTicketValue,
    IReadOnlyList<RiderItemDto> Items,
    string Reason);

/// <summary>A new contract with its first rider.</summary>
public sealed record CreateContractRequest(
    Guid ClientId,
    Guid ContractTypeId,
    ContractSettingsRequest Settings,
    RiderTermsRequest Rider,
    string CreatedBy);

/// <summary>A contract whose scheduled adjustment falls in the chosen month.</summary>
public sealed record AdjustmentCandidateDto(
    Guid ContractId,
    int Number,
    string Name,
    string ClientName,
    ContractModality Modality,
    ContractStatus Status,
    DateOnly AdjustmentDate,
    decimal CurrentValue)
{
    public Guid ClientId { get; init; }
}

/// <summary>
/// One adjustment for several contracts: either <see cref="Percent"/> (applied to every money term) or
/// <see cref="NewValue"/> (the rider value only).
/// </summary>
public sealed record ApplyAdjustmentRequest(
    IReadOnlyList<Guid> ContractIds,
    decimal? Percent,
    decimal? NewValue,
    string IndexName,
    string AppliedBy);
