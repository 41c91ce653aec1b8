using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>A run of automatic billing; its counters are the sums of its batches', added as each batch commits.</summary>
internal sealed class BillingRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateOnly RunDate { get; init; }

    public RunTrigger Trigger { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Considered { get; set; }

    public int Billed { get; set; }

    public int Skipped { get; set; }

    public int Failed { get; set; }

    public decimal TotalValue { get; set; }

    public int Batches { get; set; }

    public int BatchesDone { get; set; }

    public BillingRunSummary ToSummary() => new(Id, RunDate, Trigger, StartedAt, FinishedAt, Considered, Billed, Skipped, Failed, TotalValue, Batches, BatchesDone);
}
