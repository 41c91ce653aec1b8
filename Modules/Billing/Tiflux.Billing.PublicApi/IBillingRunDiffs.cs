namespace Tiflux.Billing.PublicApi;

/// <summary>What changed in the automatic-billing plan of a date since the last plan shown or run for that date.</summary>
public interface IBillingRunDiffs
{
    /// <summary>
    /// Compares <paramref name="plan"/> with the latest stored plan of its run date and stores it when it differs (or
    /// is the first), so the next comparison starts from what was last seen.
    /// </summary>
    Task<RunPlanDiffDto> CompareAndRecordAsync(RunPlanDto plan, string by, CancellationToken cancellationToken);
}

/// <summary>How a cycle or a line differs from the previous plan.</summary>
public enum PlanChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>The changes since the previous plan of the same date; no previous plan when <see cref="PreviousAt"/> is null.</summary>
public sealed record RunPlanDiffDto(DateTimeOffset? PreviousAt, string? PreviousBy, IReadOnlyList<PlannedCycleChangeDto> Changes)
{
    public bool IsFirstPlan => PreviousAt is null;

    public bool Unchanged => PreviousAt is not null && Changes.Count == 0;

    public decimal Difference => Changes.Sum(c => c.Difference);
}

/// <summary>A cycle new, removed or changed since the previous plan (key: contract + cycle index).</summary>
public sealed record PlannedCycleChangeDto(
    PlanChangeKind Kind,
    Guid ContractId,
    string ContractName,
    int CycleIndex,
    string ClientName,
    DateOnly DueDate,
    decimal? Before,
    decimal? After,
    string? ProblemBefore,
    string? ProblemAfter,
    IReadOnlyList<PlannedLineChangeDto> Lines)
{
    public decimal Difference => (After ?? 0m) - (Before ?? 0m);
}

/// <summary>A line of a changed cycle that is new, gone or has another amount.</summary>
public sealed record PlannedLineChangeDto(PlanChangeKind Kind, string Description, decimal? Before, decimal? After)
{
    public decimal Difference => (After ?? 0m) - (Before ?? 0m);
}
