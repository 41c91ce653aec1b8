using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Contracts;

/// <summary>Reads a contract's settings from a POST /contracts body, as the contract form does.</summary>
internal static class ContractSettingsReader
{
    private static readonly Dictionary<string, BillingTiming> Timings = new(StringComparer.Ordinal)
    {
        ["in_advance"] = BillingTiming.InAdvance,
        ["in_arrears"] = BillingTiming.InArrears,
    };

    private static readonly Dictionary<string, CycleAnchor> Anchors = new(StringComparer.Ordinal)
    {
        ["calendar_month"] = CycleAnchor.CalendarMonth,
        ["anniversary"] = CycleAnchor.Anniversary,
    };

    /// <summary>Module field names of the settings (without prefix) and their API names.</summary>
    public static readonly Dictionary<string, string> SettingsFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["BillingTiming"] = "billing_timing",
        ["BillingDaysBefore"] = "billing_days_before",
        ["AutomaticBilling"] = "automatic_billing",
        ["StartDate"] = "start_date",
        ["ExpirationDate"] = "expiration_date",
        ["DurationMonths"] = "duration",
        ["AutomaticRenewal"] = "automatic_renewal",
        ["CycleAnchor"] = "cycle_anchor",
        ["AdjustmentIntervalMonths"] = "readjust_duration",
        ["NextAdjustmentDate"] = "readjustment_date",
        ["TechnicalNotes"] = "technical_observations",
        ["RolloverCapMinutes"] = "rollover_cap_hours",
        ["RolloverExpiryCycles"] = "rollover_expiry_cycles",
        ["TimeRoundingIncrementMinutes"] = "time_rounding_minutes",
        ["MinimumMinutesPerEntry"] = "minimum_minutes",
        ["ReminderPercent"] = "consumption_reminder.percent",
        ["ReminderEmails"] = "consumption_reminder.emails",
        ["SharedMemberClientIds"] = "shared_member_client_ids",
    };

    public static async Task<ContractSettingsRequest?> ReadSettingsAsync(BodyReader body, ContractModality modality, PublicIds ids, CancellationToken cancellationToken)
    {
        var name = body.String("name", required: true, maxLength: 255);
        var timing = AutomationSupport.Enum(body, "billing_timing", Timings) ?? ContractDefaults.Timing;
        var anchor = AutomationSupport.Enum(body, "cycle_anchor", Anchors) ?? ContractDefaults.Anchor;
        var start = body.Date("start_date", required: true);
        var rollover = modality.CarriesBalance();
        var reminder = body.Object("consumption_reminder");
        var reminderOn = reminder?.Bool("notification") ?? false;
        var reminderPercent = reminder?.Int("percent");
        var reminderEmails = reminder?.String("emails", maxLength: 2000)?
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (reminder is not null)
        {
            body.Absorb("consumption_reminder", reminder);
        }

        var memberIds = body.IntArray("shared_member_client_ids") ?? [];
        var members = await ids.ResolveManyAsync(PublicIdKind.Client, memberIds, cancellationToken);
        if (members.Count != memberIds.Distinct().Count())
        {
            body.Fail("shared_member_client_ids", "contains clients that do not exist");
        }

        var settings = new ContractSettingsRequest(
            name ?? "",
            timing,
            body.Int("billing_days_before") ?? 0,
            body.Bool("automatic_billing") ?? false,
            start ?? default,
            body.Date("expiration_date"),
            body.Int("duration"),
            body.Bool("automatic_renewal") ?? false,
            anchor,
            body.Int("readjust_duration"),
            body.Date("readjustment_date"),
            body.Bool("permit_appointments_readjustment") ?? false,
            body.String("technical_observations", maxLength: 4000) ?? "",
            rollover ? body.Minutes("rollover_cap_hours") : null,
            rollover ? body.Int("rollover_expiry_cycles") : null,
            body.Int("time_rounding_minutes") ?? 0,
            body.Int("minimum_minutes") ?? 0,
            reminderOn,
            reminderOn ? reminderPercent : null,
            reminderOn ? reminderEmails : [],
            modality.SharesWithMembers() ? [.. memberIds.Distinct().Where(members.ContainsKey).Select(n => members[n])] : []);
        return body.HasErrors ? null : settings;
    }
}
