using Tiflux.Tickets.Calendar;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// How a deadline and its "expiring" instant follow from a clock's start, target and paused time (service-desk.md
/// §6.6, thresholds [PSA], ADR 0030): expiring from 80 % of the target elapsed, or from 60 business minutes before the
/// deadline, whichever comes first.
/// </summary>
internal static class SlaRules
{
    public const int ExpiringPercent = 80;

    public const int ExpiringMinutesBefore = 60;

    /// <summary>The largest target a priority, stage or catalog item may set: 999:59 (Tiflux's HH:MM with hours 0–999).</summary>
    public const int MaxTargetMinutes = TicketLimits.CatalogItemMaxMinutes;

    /// <summary>Whether a stored target is valid: none, or 1 minute to 999:59.</summary>
    public static bool IsTarget(int? minutes) => minutes is null or (> 0 and <= MaxTargetMinutes);

    public static (DateTimeOffset Deadline, DateTimeOffset WarnAt) Deadline(BusinessCalendar calendar, DateTimeOffset start, int target, int paused)
    {
        var deadline = calendar.AddBusinessMinutes(start, target + paused);
        var byShare = calendar.AddBusinessMinutes(start, (target * ExpiringPercent / 100) + paused);
        var byRemaining = target > ExpiringMinutesBefore ? calendar.SubtractBusinessMinutes(deadline, ExpiringMinutesBefore) : start;
        // Stored as UTC (timestamptz); the calendar answers in São Paulo time.
        return (deadline.ToUniversalTime(), (byShare < byRemaining ? byShare : byRemaining).ToUniversalTime());
    }
}
