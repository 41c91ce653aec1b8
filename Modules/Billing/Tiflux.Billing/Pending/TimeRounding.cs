using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>Per-contract time rounding; the rule itself is the public <see cref="BillingTimeRounding"/> (reports read it too).</summary>
internal static class TimeRounding
{
    public static int Billed(int rawMinutes, int incrementMinutes, int minimumMinutes) =>
        BillingTimeRounding.BilledMinutes(rawMinutes, incrementMinutes, minimumMinutes);
}
