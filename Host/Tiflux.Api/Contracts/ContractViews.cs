using System.Text.Json.Serialization;

namespace Tiflux.Api.Contracts;

/// <summary>A contract type as a contract names it.</summary>
internal sealed record ContractTypeLink(int? Id, string Name, string Modality);

/// <summary>Lembrete de consumo: <c>emails</c> comma-separated, as Tiflux.</summary>
internal sealed record ConsumptionReminderView(bool Notification, int? Percent, string? Emails);

/// <summary>One Produto/SaaS item of a rider.</summary>
internal sealed record RiderItemView(string Name, string Value, int Quantity, string Total);

/// <summary>A rider version; the modality-specific fields appear only for the modality that uses them.</summary>
internal sealed record RiderView(
    int Id,
    int Release,
    string StartDate,
    string? EndDate,
    int DueDay,
    string Description,
    string Value,
    string DiscountValue,
    string DiscountType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? QtdHours,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SurplusHourValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tax,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExternalValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RemoteValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InternalValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? IncludedTickets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExtraTicketValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RiderItemView[]? Items,
    string CreatedBy,
    string CreatedAt);

/// <summary>A contract with its settings and latest rider; <c>id</c> is the contract number.</summary>
internal sealed record ContractView(
    int Id,
    string Name,
    string Modality,
    bool Active,
    string Status,
    IdName Client,
    ContractTypeLink ContractType,
    string BillingTiming,
    int BillingDaysBefore,
    bool AutomaticBilling,
    string StartDate,
    string? ExpirationDate,
    int? Duration,
    bool AutomaticRenewal,
    string CycleAnchor,
    int? ReadjustDuration,
    string? ReadjustmentDate,
    bool PermitAppointmentsReadjustment,
    string? TechnicalObservations,
    string? RolloverCapHours,
    int? RolloverExpiryCycles,
    int TimeRoundingMinutes,
    int MinimumMinutes,
    ConsumptionReminderView ConsumptionReminder,
    int[] SharedMemberClientIds,
    string? CancelledOn,
    int RiderCount,
    RiderView? LastRider);
