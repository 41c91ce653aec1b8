using Tiflux.Benchmarks;

// Tiflux.Benchmarks: a deterministic data generator and side-by-side measurements (see docs/benchmarks.md).
//   generate --server <npgsql cs> --db <name> [--seed 42] [--clients N] [--tickets N] [--entries N] [--due-contracts N] [--force]
//   pending  --server <cs> --db <name>            engine vs one SQL aggregate (the floor)
//   consumption --server <cs> --db <name>         the consumption charts' query for every client vs one SQL aggregate
//   scale    --server <cs> [--quick] [--clients N --tickets N --entries N]   pending totals at 1/4, 1/2 and all of the sizes
//   run      --server <cs> --db <name> --host-dll <path> [--workers 1] [--worker-threads 2]   one automatic run on the base date, by worker processes
//   scaleout --server <cs> --host-dll <path> [--quick] [--scaleout-contracts N]   the run by 1 vs 2 worker processes, and with one killed
//   pdf      --server <cs> --db <name> [--renders 200]
//   http     --server <cs> --db <name> --host-dll <path> [--duration 30]
//   all      --server <cs> [--quick] [--out results.md]
var command = args.Length > 0 ? args[0] : "help";
var options = new Options(args.Skip(1));
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    var results = new Results();
    switch (command)
    {
        case "generate":
            await Generator.RunAsync(options, cancel.Token);
            return 0;
        case "migrate":
            await using (var provider = BenchServices.Build(BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"))))
            {
                await BenchServices.MigrateAsync(provider, cancel.Token);
            }

            return 0;
        case "pending":
            await PendingBench.RunAsync(options, results, cancel.Token);
            break;
        case "consumption":
            await ConsumptionBench.RunAsync(options, results, cancel.Token);
            break;
        case "scale":
            await ScalingBench.RunAsync(options, results, cancel.Token);
            break;
        case "run":
            await RunBench.RunAsync(options, results, cancel.Token);
            break;
        case "scaleout":
            await ScaleOutBench.RunAsync(options, results, cancel.Token);
            break;
        case "pdf":
            await PdfBench.RunAsync(options, results, cancel.Token);
            break;
        case "profile":
            await ReadProfile.RunAsync(options, cancel.Token);
            break;
        case "http":
            await HttpBench.RunAsync(options, results, cancel.Token);
            break;
        case "all":
            await AllBench.RunAsync(options, results, cancel.Token);
            break;
        default:
            Console.Error.WriteLine("usage: Tiflux.Benchmarks generate|pending|consumption|scale|profile|run|scaleout|pdf|http|all [options] (see Program.cs)");
            return 2;
    }

    var table = results.ToMarkdown();
    Console.WriteLine(table);
    if (options.Get("out") is { } output)
    {
        await File.WriteAllTextAsync(output, table);
    }

    return 0;
}
catch (BenchException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 1;
}
