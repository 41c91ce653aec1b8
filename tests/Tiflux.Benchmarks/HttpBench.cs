namespace Tiflux.Benchmarks;

internal static class HttpBench
{
    public static Task RunAsync(Options options, Results results, CancellationToken cancellationToken) => Task.CompletedTask;
}
