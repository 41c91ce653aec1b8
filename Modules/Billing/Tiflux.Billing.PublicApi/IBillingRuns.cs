using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>Scheduled (automatic) billing of contract cycles: dry run, runs, history and batch errors.</summary>
public interface IBillingRuns
{
    /// <summary>What a run on <paramref name="runDate"/> would bill, line by line, writing nothing.</summary>
    Task<RunPlanDto> PlanAsync(DateOnly runDate, CancellationToken cancellationToken);

    /// <summary>
    /// Bills every due cycle of contracts with automatic billing, one transaction per cycle, so a failure does not stop
    /// the others; a cycle already billed (by a person, an earlier or a parallel run) is skipped by the database.
    /// </summary>
    Task<BillingRunSummary> RunAsync(DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken);

    /// <summary>Runs, newest first.</summary>
    Task<IReadOnlyList<BillingRunSummary>> GetRunsAsync(int take, CancellationToken cancellationToken);

    /// <summary>Failures of automatic billing (Erros de faturamento em lote), open ones first.</summary>
    Task<IReadOnlyList<BatchErrorDto>> GetErrorsAsync(bool includeResolved, CancellationToken cancellationToken);

    /// <summary>Retries one failed cycle now.</summary>
    Task<Result> RetryAsync(Guid errorId, string by, CancellationToken cancellationToken);

    /// <summary>Ignores a failed cycle: later runs skip it.</summary>
    Task<Result> IgnoreAsync(Guid errorId, string by, CancellationToken cancellationToken);
}

/// <summary>What started a run.</summary>
public enum RunTrigger
{
    Schedule = 1,
    Manual = 2,
}

/// <summary>A due cycle a run would bill, with its lines, or why it would fail.</summary>
public sealed record PlannedCycleDto(
    Guid ContractId,
    string ContractName,
    int CycleIndex,
    Guid ClientId,
    string ClientName,
    DateOnly DueDate,
    decimal Total,
    IReadOnlyList<PendingLineDto> Lines,
    string? Problem);

/// <summary>The dry run of a date.</summary>
public sealed record RunPlanDto(DateOnly RunDate, IReadOnlyList<PlannedCycleDto> Cycles)
{
    public decimal Total => Cycles.Where(c => c.Problem is null).Sum(c => c.Total);
}

/// <summary>A run of automatic billing.</summary>
public sealed record BillingRunSummary(
    Guid Id,
    DateOnly RunDate,
    RunTrigger Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int Considered,
    int Billed,
    int Skipped,
    int Failed,
    decimal TotalValue);

/// <summary>A contract cycle whose automatic billing failed.</summary>
public sealed record BatchErrorDto(
    Guid Id,
    Guid ContractId,
    string ContractName,
    int CycleIndex,
    Guid ClientId,
    string ClientName,
    string Reason,
    DateTimeOffset OccurredAt,
    string Status,
    string? ResolvedBy);
