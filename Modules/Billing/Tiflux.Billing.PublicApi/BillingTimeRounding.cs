namespace Tiflux.Billing.PublicApi;

/// <summary>
/// Billing's per-contract time rounding as a pure function, public so reports show the billed minutes of an entry
/// without a second copy of the rule: round each entry up to the increment, then apply the minimum. Off when both are 0.
/// </summary>
public static class BillingTimeRounding
{
    public static int BilledMinutes(int rawMinutes, int incrementMinutes, int minimumMinutes)
    {
        if (rawMinutes <= 0)
        {
            return 0;
        }

        var rounded = incrementMinutes > 0 ? (rawMinutes + incrementMinutes - 1) / incrementMinutes * incrementMinutes : rawMinutes;
        return Math.Max(rounded, minimumMinutes);
    }
}
