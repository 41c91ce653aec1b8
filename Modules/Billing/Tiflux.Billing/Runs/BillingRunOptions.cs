namespace Tiflux.Billing.Runs;

/// <summary>How an automatic run is cut into Hangfire jobs.</summary>
internal sealed class BillingRunOptions
{
    /// <summary>
    /// About this many cycles per batch (whole clients, so a client with more gets a batch of its own): enough to
    /// amortise one pricing and one write lock over many billings, small enough to spread a run over the workers.
    /// </summary>
    public int CyclesPerBatch { get; set; } = 100;
}
