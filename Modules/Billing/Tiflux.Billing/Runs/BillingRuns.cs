using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Runs;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class BillingRuns(IServiceProvider services) : IBillingRuns
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<RunPlanDto> PlanAsync(DateOnly runDate, CancellationToken cancellationToken) =>
        Get<PlanBillingRun>().HandleAsync(runDate, cancellationToken);

    public Task<Guid> StartAsync(DateOnly runDate, RunTrigger trigger, CancellationToken cancellationToken) =>
        Task.FromResult(Get<StartBillingRun>().Handle(runDate, trigger));

    public Task<BillingRunSummary?> GetRunAsync(Guid runId, CancellationToken cancellationToken) =>
        Get<ListBillingRuns>().HandleAsync(runId, cancellationToken);

    public Task<IReadOnlyList<BillingRunSummary>> GetRunsAsync(int take, CancellationToken cancellationToken) =>
        Get<ListBillingRuns>().HandleAsync(take, cancellationToken);

    public Task<IReadOnlyList<BatchErrorDto>> GetErrorsAsync(bool includeResolved, CancellationToken cancellationToken) =>
        Get<ListBatchErrors>().HandleAsync(includeResolved, cancellationToken);

    public Task<Result> RetryAsync(Guid errorId, string by, CancellationToken cancellationToken) =>
        Get<RetryBatchError>().HandleAsync(errorId, by, cancellationToken);

    public Task<Result> IgnoreAsync(Guid errorId, string by, CancellationToken cancellationToken) =>
        Get<IgnoreBatchError>().HandleAsync(errorId, by, cancellationToken);
}
