namespace Tiflux.Billing.PublicApi;

/// <summary>The lengths of a billing's texts, public so the pages and the API refuse longer text with the same limit.</summary>
public static class BillingLimits
{
    public const int NfeNumber = 60;

    public const int Observations = 4000;

    public const int ReversalReason = 1000;

    /// <summary>How many clients a pending-billing filter may name (none means every client).</summary>
    public const int PendingClientFilter = 200;

    /// <summary>
    /// How far ahead pending billing may be asked (base or due date): a year covers billing in advance; a date decades
    /// away would price every contract's cycles up to it (seconds per request) and mean nothing to anyone.
    /// </summary>
    public const int PendingMonthsAhead = 12;

    /// <summary>The latest date pending billing may be asked for, given today.</summary>
    public static DateOnly LatestPendingDate(DateOnly today) => today.AddMonths(PendingMonthsAhead);

    /// <summary>The longest period (days, both ends included) one reconciliation may cover: a year, leap day included.</summary>
    public const int ReconciliationMaxDays = 366;
}
