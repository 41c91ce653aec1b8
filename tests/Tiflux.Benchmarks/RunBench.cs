namespace Tiflux.Benchmarks;

internal static class RunBench
{
    public static Task RunAsync(Options options, Results results, CancellationToken cancellationToken) => Task.CompletedTask;
}
