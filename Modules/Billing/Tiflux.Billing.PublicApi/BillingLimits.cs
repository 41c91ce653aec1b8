namespace Tiflux.Billing.PublicApi;

/// <summary>The lengths of a billing's texts, public so the pages and the API refuse longer text with the same limit.</summary>
public static class BillingLimits
{
    public const int NfeNumber = 60;

    public const int Observations = 4000;

    public const int ReversalReason = 1000;

    /// <summary>How many clients a pending-billing filter may name (none means every client).</summary>
    public const int PendingClientFilter = 200;
}
