using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Benchmarks;

/// <summary>
/// The consumption charts' query with no client filter (the staff report "Gráfico consumo contrato" for every client,
/// inactive contracts included, last 12 cycles up to the base date) against one SQL aggregate of the same entries:
/// contract minutes and distinct tickets per rider and month over the same window — the floor. The floor applies no time
/// rounding, rates or cycle cutting, so the query does strictly more work than it.
/// </summary>
internal static class ConsumptionBench
{
    /// <summary>The target: within 3× the floor, on the main data set (about 1,300 contracts) and the run one (about 10,000).</summary>
    private const double MaxRatio = 3;

    private const string FloorSql = """
        SELECT e.rider_id, date_trunc('month', e.date) AS month, sum(e.minutes) AS minutes, count(DISTINCT e.ticket_id) AS tickets
        FROM tickets.time_entries e JOIN tickets.tickets t ON t.id = e.ticket_id
        WHERE e.kind = 1 AND e.rider_id IS NOT NULL AND NOT e.warranty AND t.state <> 4 AND e.date BETWEEN @from AND @to
        GROUP BY 1, 2
        """;

    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        await MeasureAsync(cs, options.Int("iterations", 3), options.Get("label") ?? "", results, ct);
    }

    public static async Task MeasureAsync(string cs, int iterations, string label, Results results, CancellationToken ct)
    {
        var request = new ConsumptionHistoryRequest(null, true, Generator.BaseDate);
        await using var provider = BenchServices.Build(cs);
        IReadOnlyList<ContractConsumptionHistory> history = [];
        var queryMs = await PendingBench.TimeAsync(iterations, async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            history = await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetConsumptionHistoryAsync(request, ct);
            return history.Count;
        });
        var from = history.SelectMany(h => h.Cycles).Select(c => c.Start).DefaultIfEmpty(Generator.BaseDate).Min();
        var floorMs = await PendingBench.TimeAsync(iterations, () => FloorAsync(cs, from, Generator.BaseDate, ct));
        var cycles = history.Sum(h => h.Cycles.Count);
        var profile = await ProfileAsync(provider, from, ct);
        results.Add(new Figure(
            $"Consumption history, every client, last 12 cycles{label}",
            Results.Ms(queryMs),
            Results.Ms(floorMs) + " (SQL floor)",
            Results.X(queryMs / floorMs),
            "≤ 3× floor",
            Results.Yes(queryMs / floorMs <= MaxRatio),
            $"{history.Count} contracts, {cycles} cycles, {history.Sum(h => h.Cycles.Sum(c => c.UsedMinutes)) / 60:N0} billable hours; "
            + "4 reads (clients, terms, cycles, entries of every rider over the window), then CycleUsage per cycle in memory; profile: " + profile));
    }

    /// <summary>Each read of the query alone (median of 3), to show where its time goes.</summary>
    private static async Task<string> ProfileAsync(ServiceProvider provider, DateOnly from, CancellationToken ct)
    {
        IReadOnlyList<ContractTermsDto> terms = [];
        var termsMs = await PendingBench.TimeAsync(3, async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            terms = await scope.ServiceProvider.GetRequiredService<IContractsModule>().GetContractTermsAsync(new ContractTermsRequest(null, null), ct);
            return terms.Count;
        });
        var cyclesMs = await PendingBench.TimeAsync(3, async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IContractsModule>().GetRecentCyclesAsync([.. terms.Select(t => t.Id)], Generator.BaseDate, 12, ct)).Count;
        });
        var entries = 0;
        var entriesMs = await PendingBench.TimeAsync(3, async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            var riders = terms.SelectMany(t => t.Riders).Select(r => r.Id).ToList();
            entries = (await scope.ServiceProvider.GetRequiredService<ITicketBilling>().GetContractConsumptionAsync(
                new ContractConsumptionRequest(riders, null, from, Generator.BaseDate), ct)).Entries.Count;
            return entries;
        });
        return $"contract terms {Results.Ms(termsMs)}, recent cycles {Results.Ms(cyclesMs)}, entries {Results.Ms(entriesMs)} ({entries:N0} entries) (each read alone)";
    }

    private static async Task<int> FloorAsync(string cs, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(FloorSql, connection);
        cmd.Parameters.AddWithValue("from", from);
        cmd.Parameters.AddWithValue("to", to);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = 0;
        while (await reader.ReadAsync(ct))
        {
            rows++;
        }

        return rows;
    }
}
