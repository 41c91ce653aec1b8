namespace Tiflux.Benchmarks;

internal static class PdfBench
{
    public static Task RunAsync(Options options, Results results, CancellationToken cancellationToken) => Task.CompletedTask;
}
