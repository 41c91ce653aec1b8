namespace Tiflux.Billing.Runs;

/// <summary>A plan of a run date as it was shown (dry run) or run, kept to tell what changed since.</summary>
internal sealed class RunPlanRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateOnly RunDate { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public int CycleCount { get; init; }

    /// <summary>The <see cref="PlannedCycleSnapshot"/> list as JSON.</summary>
    public string Cycles { get; init; } = "[]";
}
