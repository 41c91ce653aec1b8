using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

/// <summary>The settings part of the contract forms; fields the modality does not use are ignored.</summary>
public sealed class ContractSettingsInput
{
    public string? Name { get; set; }

    public BillingTiming BillingTiming { get; set; } = ContractDefaults.Timing;

    public int? BillingDaysBefore { get; set; }

    public bool AutomaticBilling { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? ExpirationDate { get; set; }

    public int? DurationMonths { get; set; }

    public bool AutomaticRenewal { get; set; }

    public CycleAnchor CycleAnchor { get; set; } = CycleAnchor.CalendarMonth;

    public int? AdjustmentIntervalMonths { get; set; }

    public DateOnly? NextAdjustmentDate { get; set; }

    public bool PermitEntriesWhilePendingAdjustment { get; set; }

    /// <summary>HH:MM.</summary>
    public string? RolloverCap { get; set; }

    public int? RolloverExpiryCycles { get; set; }

    public int? TimeRoundingIncrementMinutes { get; set; }

    public int? MinimumMinutesPerEntry { get; set; }

    public bool ReminderEnabled { get; set; }

    public int? ReminderPercent { get; set; }

    public string? ReminderEmails { get; set; }

    public List<Guid> SharedMemberClientIds { get; set; } = [];

    public string? TechnicalNotes { get; set; }

    /// <summary>Module field names that the form shows under another name.</summary>
    public static IReadOnlyDictionary<string, string> Renames { get; } = new Dictionary<string, string>
    {
        ["Settings.RolloverCapMinutes"] = "Settings.RolloverCap",
        ["Rider.IncludedMinutes"] = "Rider.IncludedHours",
    };

    public static ContractSettingsInput From(ContractSettingsRequest s) => new()
    {
        Name = s.Name,
        BillingTiming = s.BillingTiming,
        BillingDaysBefore = s.BillingDaysBefore,
        AutomaticBilling = s.AutomaticBilling,
        StartDate = s.StartDate,
        ExpirationDate = s.ExpirationDate,
        DurationMonths = s.DurationMonths,
        AutomaticRenewal = s.AutomaticRenewal,
        CycleAnchor = s.CycleAnchor,
        AdjustmentIntervalMonths = s.AdjustmentIntervalMonths,
        NextAdjustmentDate = s.NextAdjustmentDate,
        PermitEntriesWhilePendingAdjustment = s.PermitEntriesWhilePendingAdjustment,
        RolloverCap = PtBr.Hhmm(s.RolloverCapMinutes),
        RolloverExpiryCycles = s.RolloverExpiryCycles,
        TimeRoundingIncrementMinutes = s.TimeRoundingIncrementMinutes,
        MinimumMinutesPerEntry = s.MinimumMinutesPerEntry,
        ReminderEnabled = s.ReminderEnabled,
        ReminderPercent = s.ReminderPercent,
        ReminderEmails = string.Join(", ", s.ReminderEmails),
        SharedMemberClientIds = [.. s.SharedMemberClientIds],
        TechnicalNotes = s.TechnicalNotes,
    };

    /// <summary>The request, or null when a field could not be read (the error is then in <paramref name="modelState"/>).</summary>
    public ContractSettingsRequest? ToRequest(ModelStateDictionary modelState, string prefix, ContractModality modality)
    {
        var rollover = ModalityFields.UsesRollover(modality);
        var rolloverCap = rollover ? modelState.Hhmm(RolloverCap, prefix + nameof(RolloverCap)) : null;
        if (StartDate is null)
        {
            modelState.AddModelError(prefix + nameof(StartDate), "Informe a data de início.");
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new ContractSettingsRequest(
            Name ?? "",
            BillingTiming,
            BillingDaysBefore ?? 0,
            AutomaticBilling,
            StartDate!.Value,
            ExpirationDate,
            DurationMonths,
            AutomaticRenewal,
            CycleAnchor,
            AdjustmentIntervalMonths,
            NextAdjustmentDate,
            PermitEntriesWhilePendingAdjustment,
            TechnicalNotes ?? "",
            rolloverCap,
            rollover ? RolloverExpiryCycles : null,
            TimeRoundingIncrementMinutes ?? 0,
            MinimumMinutesPerEntry ?? 0,
            ReminderEnabled,
            ReminderEnabled ? ReminderPercent : null,
            ReminderEnabled ? FormParsing.SplitList(ReminderEmails) : [],
            ModalityFields.UsesMembers(modality) ? [.. SharedMemberClientIds.Distinct()] : []);
    }
}
