namespace Tiflux.Contracts.PublicApi;

/// <summary>
/// What a new contract gets when the user (page or API) does not say: one definition, so both doors agree.
/// Billing timing defaults to in advance (Tiflux's "Antecipado", the common case for fixed monthly fees).
/// </summary>
public static class ContractDefaults
{
    public const BillingTiming Timing = BillingTiming.InAdvance;

    public const CycleAnchor Anchor = CycleAnchor.CalendarMonth;

    public const int BillingDaysBefore = 5;

    public const int DueDay = 10;

    public const int AdjustmentIntervalMonths = 12;

    /// <summary>
    /// The first price adjustment when none is given: one interval after the contract's start, moved forward by whole
    /// intervals to the first one on or after <paramref name="today"/> (a contract entered late does not start overdue).
    /// </summary>
    public static DateOnly FirstAdjustment(DateOnly start, int intervalMonths, DateOnly today)
    {
        var next = start.AddMonths(intervalMonths);
        for (var k = 2; next < today; k++)
        {
            next = start.AddMonths(intervalMonths * k);
        }

        return next;
    }
}
