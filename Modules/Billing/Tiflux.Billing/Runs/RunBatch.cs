namespace Tiflux.Billing.Runs;

/// <summary>
/// A slice of a run billed by one Hangfire job: whole clients (every due cycle of theirs, so rolled-over balances and the
/// billing order are judged inside one batch), about <see cref="BillingRunOptions.CyclesPerBatch"/> cycles. The planned
/// cycles are parallel arrays (contract, cycle index). Done is written in the transaction that writes the batch's
/// billings, so a retried or duplicated job finds it done and does nothing.
/// </summary>
internal sealed class RunBatch
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RunId { get; init; }

    public int Number { get; init; }

    public Guid[] ClientIds { get; init; } = [];

    public Guid[] ContractIds { get; init; } = [];

    public int[] CycleIndexes { get; init; } = [];

    public bool Done { get; set; }

    public int Billed { get; set; }

    public int Skipped { get; set; }

    public int Failed { get; set; }

    public decimal TotalValue { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public IEnumerable<(Guid ContractId, int CycleIndex)> Cycles => ContractIds.Zip(CycleIndexes);
}
