using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Benchmarks;

/// <summary>
/// <c>profile</c>: each read behind the Faturamentos pendentes pages timed alone (median of 5 after a warm-up), to see
/// where a request's time goes. Prints to stderr; no figure rows.
/// </summary>
internal static class ReadProfile
{
    public static async Task RunAsync(Options options, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        await using var provider = BenchServices.Build(cs);
        var request = new PendingRequest(Generator.BaseDate, null, null, PendingScope.Both);

        async Task Time(string name, Func<IServiceProvider, Task<int>> read)
        {
            var count = 0;
            var ms = await PendingBench.TimeAsync(5, async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                count = await read(scope.ServiceProvider);
                return count;
            });
            Console.Error.WriteLine($"[profile] {name}: {ms:0.0} ms ({count} rows)");
        }

        await Time("pending totals (summary)", async sp => (await sp.GetRequiredService<IBillingModule>().GetPendingTotalsAsync(request, ct)).Count);
        await Time("contracts stamps", async sp => (await sp.GetRequiredService<IContractsModule>().GetChangeStampsAsync(ct)).Clients.Count);
        await Time("tickets stamps", async sp => (await sp.GetRequiredService<ITicketBilling>().GetChangeStampsAsync(ct)).Clients.Count);
        await Time("shared credit groups", async sp => (await sp.GetRequiredService<IContractsModule>().GetSharedCreditGroupsAsync(ct)).Count);
        await Time("awaiting review, all clients", async sp =>
            (await sp.GetRequiredService<IBillingModule>().GetAwaitingReviewAsync(new AwaitingReviewRequest(null, PendingScope.Both), ct)).Count);
        await Time("change version", async sp => (await sp.GetRequiredService<Tiflux.Billing.Pending.Summary.PendingFingerprints>().VersionAsync(ct)).Length);
        await Time("awaiting review items, all clients", async sp =>
            (await sp.GetRequiredService<ITicketBilling>().GetAwaitingReviewItemsAsync(new AwaitingReviewItemsRequest(null), ct)).Count);
        if (options.Has("engine"))
        {
            await Time("engine, all clients (explained lines)", async sp => (await sp.GetRequiredService<IBillingModule>().GetPendingLinesAsync(request, ct)).Count);
            await Time("engine, all clients (totals only: standalone lines unexplained)", async sp =>
                (await sp.GetRequiredService<Tiflux.Billing.Pending.PendingBillingEngine>().ComputeAsync(request, ct, explainStandalone: false)).Lines.Count);
            await Time("engine, contracts only", async sp =>
                (await sp.GetRequiredService<Tiflux.Billing.Pending.PendingBillingEngine>().ComputeAsync(request with { Scope = PendingScope.Contracts }, ct)).Lines.Count);
            await Time("billable items, all clients", async sp =>
                (await sp.GetRequiredService<ITicketBilling>().GetBillableItemsAsync(new BillableItemsRequest(null, Generator.BaseDate), ct)).Count);
            await Time("cycles pending, all clients", async sp =>
                (await sp.GetRequiredService<IContractsModule>().GetCyclesPendingAsync(new CyclesPendingRequest(Generator.BaseDate, null, null), ct)).Cycles.Count);
            await Time("contract consumption, every rider Jan-Jun", async sp =>
            {
                var riders = (await sp.GetRequiredService<IContractsModule>().GetContractTermsAsync(new ContractTermsRequest(null, null), ct)).SelectMany(t => t.Riders).Select(r => r.Id).ToList();
                return (await sp.GetRequiredService<ITicketBilling>().GetContractConsumptionAsync(
                    new ContractConsumptionRequest(riders, null, new DateOnly(2025, 6, 1), Generator.BaseDate.AddMonths(1)), ct)).Entries.Count;
            });
        }

        var client = (await PendingClientPick.BusiestAsync(cs, ct))!.Id;
        var one = request with { ClientIds = [client] };
        await Time("one client's lines", async sp => (await sp.GetRequiredService<IBillingModule>().GetPendingLinesAsync(one, ct)).Count);
        await Time("one client's totals", async sp => (await sp.GetRequiredService<IBillingModule>().GetPendingTotalsAsync(one, ct)).Count);
        await Time("one client's awaiting review", async sp =>
            (await sp.GetRequiredService<IBillingModule>().GetAwaitingReviewAsync(new AwaitingReviewRequest([client], PendingScope.Both), ct)).Count);
    }
}
