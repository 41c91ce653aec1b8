using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Benchmarks;

/// <summary>
/// Pending billing for every client on the base date (<see cref="IBillingModule.GetPendingTotalsAsync"/>) against one
/// hand-written SQL aggregate of the same totals on the same data — the floor. Two rows: the read a page makes (the
/// stored summaries are current) and the cold rebuild (nothing stored: the engine for every client). The floor computes every
/// standalone item (entries, travel, extras of reviewed tickets) and every fixed contract line (fee, SaaS items, credit
/// fee and allowance) of each unbilled pending cycle; the consumption excess of Horas, Horas Cumulativas, Limite de
/// Atendimento and Crédito (FIFO lots, first-entry ticket counting, rates per mode) is not in it, so the engine does
/// strictly more work than the floor. The benchmark checks that both agree to the cent on what the floor computes.
/// </summary>
internal static class PendingBench
{
    /// <summary>Issue 19's target (the row's text says it too): the engine within 1.5× the one-statement floor, totals equal to the cent.</summary>
    private const double MaxRatio = 1.5;

    private static readonly PendingLineKind[] FixedKinds =
        [PendingLineKind.ContractFee, PendingLineKind.SaasItem, PendingLineKind.CreditFee, PendingLineKind.CreditAllowance, PendingLineKind.RiderDiscount];

    // Calendar-month cycles (every generated contract uses them), one rider per contract, as CycleCalculator cuts them.
    public const string FloorSql = """
        WITH reviewed AS (
            SELECT id, client_id FROM tickets.tickets WHERE state = 3 AND reviewed_on <= @base
        ), standalone AS (
            SELECT t.client_id,
                   sum(CASE WHEN e.kind = 2 AND e.billed_in_billing_id IS NULL AND NOT e.warranty THEN coalesce(e.value, 0) ELSE 0 END)
                 + sum(CASE WHEN e.travel_id IS NOT NULL AND e.ride_along_ticket_number IS NULL AND e.travel_billed_in_billing_id IS NULL AND NOT e.warranty
                            THEN coalesce(e.travel_value, 0) ELSE 0 END) AS amount
            FROM tickets.time_entries e JOIN reviewed t ON t.id = e.ticket_id
            GROUP BY t.client_id
            UNION ALL
            SELECT t.client_id, sum(x.total)
            FROM tickets.extra_valuations x JOIN reviewed t ON t.id = x.ticket_id
            WHERE x.billed_in_billing_id IS NULL
            GROUP BY t.client_id
        ), cycles AS (
            SELECT c.id AS contract_id, c.client_id, c.modality, c.billing_days_before, r.id AS rider_id, r.value, r.tax,
                   g.m::date AS cycle_start,
                   (extract(year FROM g.m) - extract(year FROM c.start_date)) * 12 + extract(month FROM g.m) - extract(month FROM c.start_date) + 1 AS cycle_index,
                   CASE WHEN c.billing_timing = 'InAdvance' THEN make_date(extract(year FROM g.m)::int, extract(month FROM g.m)::int, r.due_day)
                        ELSE make_date(extract(year FROM g.m + interval '1 month')::int, extract(month FROM g.m + interval '1 month')::int, r.due_day) END AS due_date
            FROM contracts.contracts c
            JOIN contracts.contract_riders r ON r.contract_id = c.id AND r.release = 1
            CROSS JOIN LATERAL generate_series(date_trunc('month', c.start_date), date_trunc('month', @base::date), interval '1 month') g(m)
            WHERE c.cancelled_on IS NULL
        ), fixed AS (
            SELECT p.client_id,
                   sum(CASE p.modality
                         WHEN 'SaasProduct' THEN (SELECT coalesce(sum(i.monthly_value * i.quantity), 0) FROM contracts.rider_items i WHERE i.rider_id = p.rider_id)
                         WHEN 'Credit' THEN coalesce(p.tax, 0) + p.value
                         WHEN 'SharedCredit' THEN coalesce(p.tax, 0) + p.value
                         ELSE p.value END) AS amount
            FROM cycles p
            WHERE p.due_date - p.billing_days_before <= @base
              AND NOT EXISTS (SELECT 1 FROM billing.billed_cycles b WHERE b.active AND b.contract_id = p.contract_id AND b.cycle_index = p.cycle_index)
            GROUP BY p.client_id
        )
        SELECT client_id, sum(fixed) AS fixed, sum(standalone) AS standalone FROM (
            SELECT client_id, amount AS fixed, 0::numeric AS standalone FROM fixed
            UNION ALL
            SELECT client_id, 0, amount FROM standalone
        ) totals
        GROUP BY client_id
        """;

    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        await MeasureAsync(cs, options.Int("iterations", 3), options.Get("label") ?? "", results, ct);
    }

    public static async Task MeasureAsync(string cs, int iterations, string label, Results results, CancellationToken ct)
    {
        var request = new PendingRequest(Generator.BaseDate, null, null, PendingScope.Both);

        await using var provider = BenchServices.Build(cs);
        var rebuildMs = await RebuildMsAsync(provider, cs, iterations, ct);

        // Correctness (outside the timings): per client, the floor's totals equal the engine's lines of the same kinds,
        // and the totals read from the summaries equal the engine's explained lines, to the cent, for every client.
        IReadOnlyList<PendingLineDto> lines;
        IReadOnlyList<PendingClientSummary> summaries;
        await using (var scope = provider.CreateAsyncScope())
        {
            lines = await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetPendingLinesAsync(request, ct);
            summaries = await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetPendingTotalsAsync(request, ct);
        }

        var floor = await FloorAsync(cs, ct);
        var engine = lines.Where(l => l.Billable).GroupBy(l => l.ClientId).ToDictionary(
            g => g.Key,
            g => (Fixed: g.Where(l => l.IsContractLine && FixedKinds.Contains(l.Kind)).Sum(l => l.Amount), Standalone: g.Where(l => !l.IsContractLine).Sum(l => l.Amount)));
        var clients = engine.Keys.Union(floor.Keys).ToList();
        var mismatches = clients.Count(c => engine.GetValueOrDefault(c) != floor.GetValueOrDefault(c));
        var explained = lines.GroupBy(l => l.ClientId).ToDictionary(
            g => g.Key, g => (Contracts: g.Where(l => l.IsContractLine && l.Billable).Sum(l => l.Amount), Standalone: g.Where(l => !l.IsContractLine && l.Billable).Sum(l => l.Amount), Lines: g.Count()));
        var summaryMismatches = explained.Count(e => summaries.SingleOrDefault(s => s.ClientId == e.Key) is not { } s
            || (s.ContractTotal, s.StandaloneTotal, s.LineCount) != e.Value) + Math.Abs(summaries.Count - explained.Count);
        var grand = floor.Values.Sum(v => v.Fixed + v.Standalone);
        var excess = lines.Where(l => l.Billable && l.IsContractLine && !FixedKinds.Contains(l.Kind)).Sum(l => l.Amount);

        var readMs = await TimeAsync(iterations, async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            var totals = await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetPendingTotalsAsync(request, ct);
            return totals.Count;
        });
        var floorMs = await TimeAsync(iterations, async () => (await FloorAsync(cs, ct)).Count);
        var profile = await ProfileAsync(provider, ct);
        var equal = mismatches == 0 && summaryMismatches == 0;
        var totalsNote = $"{clients.Count} clients, {lines.Count} lines; floor vs engine {(mismatches == 0 ? "equal" : $"DIFFER for {mismatches} clients")}, "
            + $"summaries vs explained engine {(summaryMismatches == 0 ? "equal for every client" : $"DIFFER for {summaryMismatches} clients")} "
            + $"(R$ {grand:N2} fixed+standalone; excess R$ {excess:N2} not in floor)";
        results.Add(new Figure(
            $"Pending totals, all clients, read (summaries current){label}",
            Results.Ms(readMs),
            Results.Ms(floorMs) + " (SQL floor)",
            Results.X(readMs / floorMs),
            "≤ 1.5× floor, totals equal",
            Results.Yes(readMs / floorMs <= MaxRatio && equal),
            totalsNote + "; what a page or the API reads: change versions, then the stored summaries (cached in process while nothing changed)"));
        results.Add(new Figure(
            $"Pending totals, all clients, cold rebuild (every client recomputed){label}",
            Results.Ms(rebuildMs),
            Results.Ms(floorMs) + " (SQL floor)",
            Results.X(rebuildMs / floorMs),
            "≤ 1.5× floor",
            Results.Yes(rebuildMs / floorMs <= MaxRatio),
            "every summary stale: the explained engine for every client, then 1 summary row per client; happens once per date (the 5-minute job "
            + "warms today's), for a date nobody asked yet, or after a change that concerns every client (billing settings); profile: " + profile));
        if (mismatches > 0)
        {
            foreach (var c in clients.Where(c => engine.GetValueOrDefault(c) != floor.GetValueOrDefault(c)).Take(5))
            {
                Console.Error.WriteLine($"[pending] client {c}: engine {engine.GetValueOrDefault(c)} floor {floor.GetValueOrDefault(c)}");
            }
        }
    }

    /// <summary>
    /// Median time of <see cref="IBillingModule.GetPendingTotalsAsync"/> for every client when every client's summary is
    /// stale, after one untimed run (warm process): each run bumps Billing's stamp that concerns every client (what saving
    /// the billing settings does), so every fingerprint and the change version differ and the engine recomputes all.
    /// </summary>
    public static async Task<double> RebuildMsAsync(ServiceProvider provider, string cs, int iterations, CancellationToken ct)
    {
        var request = new PendingRequest(Generator.BaseDate, null, null, PendingScope.Both);
        return await TimeAsync(iterations, async () =>
        {
            await using (var connection = new NpgsqlConnection(cs))
            {
                await connection.OpenAsync(ct);
                await using var bump = new NpgsqlCommand("UPDATE billing.change_stamps SET stamp = stamp + 1 WHERE client_id = @everyone", connection);
                bump.Parameters.AddWithValue("everyone", Tiflux.BuildingBlocks.Persistence.ChangeStampTriggers.EveryoneId);
                await bump.ExecuteNonQueryAsync(ct);
            }

            await using var scope = provider.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetPendingTotalsAsync(request, ct)).Count;
        });
    }

    /// <summary>Where the engine's time goes: the facade reads it makes, each timed alone (median of 3).</summary>
    private static async Task<string> ProfileAsync(ServiceProvider provider, CancellationToken ct)
    {
        async Task<double> Time(Func<IServiceProvider, Task<int>> read) => await TimeAsync(3, async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            return await read(scope.ServiceProvider);
        });

        var cycles = await Time(async sp => (await sp.GetRequiredService<Tiflux.Contracts.PublicApi.IContractsModule>()
            .GetCyclesPendingAsync(new Tiflux.Contracts.PublicApi.CyclesPendingRequest(Generator.BaseDate, null, null), ct)).Cycles.Count);
        var terms = await Time(async sp => (await sp.GetRequiredService<Tiflux.Contracts.PublicApi.IContractsModule>()
            .GetContractTermsAsync(new Tiflux.Contracts.PublicApi.ContractTermsRequest(null, null), ct)).Count);
        var items = await Time(async sp => (await sp.GetRequiredService<Tiflux.Tickets.PublicApi.ITicketBilling>()
            .GetBillableItemsAsync(new Tiflux.Tickets.PublicApi.BillableItemsRequest(null, Generator.BaseDate), ct)).Count);
        return $"cycles {Results.Ms(cycles)}, contract terms {Results.Ms(terms)}, standalone items {Results.Ms(items)} (each read alone)";
    }

    /// <summary>Median wall time in ms of <paramref name="iterations"/> runs after one warm-up.</summary>
    public static async Task<double> TimeAsync(int iterations, Func<Task<int>> action)
    {
        await action();
        var samples = new List<double>();
        for (var i = 0; i < Math.Max(1, iterations); i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            samples.Add(sw.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    private static async Task<Dictionary<Guid, (decimal Fixed, decimal Standalone)>> FloorAsync(string cs, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(FloorSql, connection);
        cmd.Parameters.AddWithValue("base", Generator.BaseDate);
        var totals = new Dictionary<Guid, (decimal, decimal)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            totals[reader.GetGuid(0)] = (reader.GetDecimal(1), reader.GetDecimal(2));
        }

        return totals;
    }
}
