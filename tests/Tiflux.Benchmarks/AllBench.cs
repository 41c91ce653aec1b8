namespace Tiflux.Benchmarks;

internal static class AllBench
{
    public static Task RunAsync(Options options, Results results, CancellationToken cancellationToken) => Task.CompletedTask;
}
