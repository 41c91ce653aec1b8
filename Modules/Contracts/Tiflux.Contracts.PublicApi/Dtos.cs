using Tiflux.SharedKernel;

namespace Tiflux.Contracts.PublicApi;

/// <summary>A client as other modules see it.</summary>
public sealed record ClientSummary(
    Guid Id,
    string Name,
    string LegalName,
    string TaxId,
    string TaxIdFormatted,
    IReadOnlyList<string> FinanceEmails,
    ClosingReportLayout ReportLayout,
    bool Active)
{
    /// <summary>Whether portal tickets of non-authorisers wait for authorization (service-desk.md §3.5).</summary>
    public bool AuthorizationFlow { get; init; }
}

/// <summary>One Produto/SaaS line of a rider.</summary>
public sealed record RiderItemDto(string Name, decimal MonthlyValue, int Quantity)
{
    public decimal Total => Money.Round(MonthlyValue * Quantity);
}

/// <summary>The financial terms of one rider (adendo) version.</summary>
public sealed record RiderTermsDto(
    Guid Id,
    Guid ContractId,
    string ContractName,
    Guid ClientId,
    ContractModality Modality,
    int Release,
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
    IReadOnlyList<RiderItemDto> Items)
{
    public bool IsInForceOn(DateOnly date) => StartDate <= date && (EndDate is null || date <= EndDate);

    /// <summary>The hourly rate that consumes credit for <paramref name="mode"/> (Credit modalities).</summary>
    public decimal? RateFor(AttendanceMode mode) => mode switch
    {
        AttendanceMode.External => ExternalRate,
        AttendanceMode.Remote => RemoteRate,
        _ => InternalRate,
    };
}

/// <summary>A contract's settings and all its riders, oldest first.</summary>
public sealed record ContractTermsDto(
    Guid Id,
    int Number,
    string Name,
    Guid ClientId,
    ContractModality Modality,
    string ContractTypeName,
    BillingTiming BillingTiming,
    int BillingDaysBefore,
    bool AutomaticBilling,
    DateOnly StartDate,
    DateOnly? ExpirationDate,
    bool AutomaticRenewal,
    CycleAnchor CycleAnchor,
    ContractStatus Status,
    int? RolloverCapMinutes,
    int? RolloverExpiryCycles,
    int TimeRoundingIncrementMinutes,
    int MinimumMinutesPerEntry,
    IReadOnlyList<Guid> SharedMemberClientIds,
    IReadOnlyList<RiderTermsDto> Riders,
    ConsumptionReminderDto? Reminder = null)
{
    public Guid ContractTypeId { get; init; }

    public DateOnly? CancelledOn { get; init; }
}

/// <summary>Lembrete de consumo: e-mail the addresses once per cycle when consumption reaches the percentage.</summary>
public sealed record ConsumptionReminderDto(int Percent, IReadOnlyList<string> Emails);

/// <summary>
/// One billing cycle of a contract, with the rider whose terms it is billed by, and the consumption period whose
/// excess is billed with it: the cycle itself when billed in arrears, the previous cycle when billed in advance
/// (null for the first in-advance cycle).
/// </summary>
public sealed record ContractCycleDto(
    Guid ContractId,
    int Index,
    DateOnly Start,
    DateOnly End,
    DateOnly DueDate,
    DateOnly PendingFrom,
    RiderTermsDto Rider,
    ConsumptionPeriodDto? ExcessPeriod);

/// <summary>
/// A contract whose cycles cannot be computed because one of its stored dates lies outside
/// <see cref="Tiflux.SharedKernel.BusinessDates"/>; pending billing shows it instead of its cycles.
/// </summary>
public sealed record ContractScheduleProblemDto(Guid ContractId, Guid ClientId, int ContractNumber, string ContractName, string Message);

/// <summary>The cycles pending billing, and the contracts whose cycles could not be computed.</summary>
public sealed record CyclesPendingDto(IReadOnlyList<ContractCycleDto> Cycles, IReadOnlyList<ContractScheduleProblemDto> Problems);

/// <summary>A cycle whose consumption is measured, with the rider in force at its start.</summary>
public sealed record ConsumptionPeriodDto(int Index, DateOnly Start, DateOnly End, RiderTermsDto Rider);

/// <summary>A standalone service (serviço avulso) with hourly rates per attendance mode.</summary>
public sealed record StandaloneServiceDto(
    Guid Id,
    string Name,
    Guid? ClientId,
    decimal ExternalHourRate,
    decimal RemoteHourRate,
    decimal InternalHourRate,
    bool Active)
{
    public decimal RateFor(AttendanceMode mode) => mode switch
    {
        AttendanceMode.External => ExternalHourRate,
        AttendanceMode.Remote => RemoteHourRate,
        _ => InternalHourRate,
    };
}

/// <summary>A travel fee (deslocamento).</summary>
public sealed record TravelDto(Guid Id, string Name, decimal Value, TravelScope Scope, Guid? ClientId, Guid? ContractId, bool Active);

/// <summary>A chargeable extra expense (gasto extra) from the catalog.</summary>
public sealed record ExtraExpenseDto(Guid Id, string Name, decimal UnitValue, string Description, bool Active);

/// <summary>A client's resource (equipment) and its resource group.</summary>
public sealed record ResourceDto(Guid Id, Guid ClientId, string Name, Guid? ResourceGroupId, string? ResourceGroupName);

/// <summary>What a time entry of a client may be valued against on a date.</summary>
public sealed record ValuationOptionsDto(
    IReadOnlyList<RiderTermsDto> Riders,
    IReadOnlyList<StandaloneServiceDto> Services,
    IReadOnlyList<TravelDto> Travels);

/// <summary>An owner client of shared-credit contracts and the member clients sharing its credit.</summary>
public sealed record SharedCreditGroup(Guid OwnerClientId, IReadOnlyList<Guid> MemberClientIds);
