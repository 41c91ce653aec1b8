using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>Scheduled (automatic) billing of contract cycles: dry run, runs, history and batch errors.</summary>
public interface IBillingRuns
{
    /// <summary>What a run on <paramref name="runDate"/> would bill, line by line, writing nothing.</summary>
    Task<RunPlanDto> PlanAsync(DateOnly runDate, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a run and returns its id at once: a Hangfire job on the <c>billing</c> queue plans it into batches of whole
    /// clients, and one job per batch bills them, on whichever worker process takes it. Every due cycle of contracts
    /// with automatic billing is billed at most once (unique (contract, cycle)); a cycle already billed (by a person, an
    /// earlier or a parallel run, a retried batch) is skipped.
    /// </summary>
    Task<Guid> StartAsync(DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken);

    /// <summary>A run with its progress; null until its planning job has written it. Finished when FinishedAt is set.</summary>
    Task<BillingRunSummary?> GetRunAsync(Guid runId, CancellationToken cancellationToken);

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

/// <summary>A run of automatic billing; its counters add up over its batches as they finish.</summary>
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
    decimal TotalValue,
    int Batches,
    int BatchesDone);

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
