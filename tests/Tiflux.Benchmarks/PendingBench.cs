namespace Tiflux.Benchmarks;

internal static class PendingBench
{
    public static Task RunAsync(Options options, Results results, CancellationToken cancellationToken) => Task.CompletedTask;
}
