namespace Tiflux.Billing.Pending;

/// <summary>Per-contract time rounding: round each entry up to the increment, then apply the minimum. Off when both are 0.</summary>
internal static class TimeRounding
{
    public static int Billed(int rawMinutes, int incrementMinutes, int minimumMinutes)
    {
        if (rawMinutes <= 0)
        {
            return 0;
        }

        var rounded = incrementMinutes > 0 ? (rawMinutes + incrementMinutes - 1) / incrementMinutes * incrementMinutes : rawMinutes;
        return Math.Max(rounded, minimumMinutes);
    }
}
