using System.Globalization;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// Property: whatever sequence of partial billings and reversals is attempted, every contract cycle is worth what the
/// time-ordered computation (nothing billed yet) says, and once everything is billed the billings add up to the
/// computation over all the work. Contracts, entries and operations are generated from a fixed seed per case.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BillingOrderPropertyTests : IAsyncLifetime
{
    private const int Cases = 200;

    private static readonly DateOnly Today = new(2026, 4, 20);

    private static readonly DateOnly Start = new(2025, 12, 1);

    private static readonly ContractModality[] Modalities =
        [ContractModality.CumulativeHours, ContractModality.Hours, ContractModality.PerTicket, ContractModality.Credit, ContractModality.Free, ContractModality.SaasProduct];

    private readonly BillingWorld _world = new();

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        await _world.Tickets(async (ITicketSetup t) =>
        {
            await t.SaveSettingsAsync(new TicketSettingsDto(AllowOverlappingEntries: true), default);
            return true;
        });
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task Every_cycle_is_worth_its_time_ordered_amount_whatever_the_billing_and_reversal_order()
    {
        var failures = new List<string>();
        var refusedBills = 0;
        var refusedReversals = 0;
        for (var n = 0; n < Cases; n++)
        {
            var random = new Random(n);
            var modality = Modalities[n % Modalities.Length];
            var client = await SetUpAsync(n, modality, random);
            var filters = new PendingRequest(Today, null, [client], PendingScope.Contracts);
            var expected = await CycleTotalsAsync(filters);
            if (expected.Count == 0)
            {
                failures.Add($"case {n} ({modality}): no pending cycle");
                continue;
            }

            var billings = new List<(Guid Id, decimal Value, List<int> Cycles)>();
            for (var step = 0; step < 4; step++)
            {
                var pending = await PendingGroupsAsync(filters);
                if (random.Next(3) == 0 && billings.Count > 0)
                {
                    var pick = billings[random.Next(billings.Count)];
                    var reversed = await _world.Services.InScopeAsync<IBillingWorkflow, Result>(w => w.ReverseBillingAsync(pick.Id, "Propriedade", "teste", default));
                    if (reversed.IsSuccess)
                    {
                        billings.Remove(pick);
                    }
                    else
                    {
                        refusedReversals++;
                    }
                }
                else if (pending.Count > 0)
                {
                    var chosen = pending.Where(_ => random.Next(2) == 0).DefaultIfEmpty(pending[random.Next(pending.Count)]).ToList();
                    var result = await BillAsync(client, filters, [.. chosen.Select(c => c.Group)]);
                    if (result.IsSuccess)
                    {
                        billings.Add((result.Value.Id, result.Value.RealValue, [.. chosen.Select(c => c.Cycle)]));
                    }
                    else
                    {
                        refusedBills++;
                    }
                }

                // Invariant: a billing holds exactly the time-ordered amount of its cycles; pending cycles show theirs.
                foreach (var (_, value, cycles) in billings.Where(b => b.Value != b.Cycles.Sum(c => expected[c])))
                {
                    failures.Add($"case {n} ({modality}) step {step}: billing of cycles {string.Join(",", cycles)} is {value}, expected {cycles.Sum(c => expected[c])}");
                }

                foreach (var (cycle, amount) in await CycleTotalsAsync(filters))
                {
                    if (amount != expected[cycle])
                    {
                        failures.Add($"case {n} ({modality}) step {step}: pending cycle {cycle} shows {amount}, expected {expected[cycle]}");
                    }
                }
            }

            // Bill what is left, in order, all at once: the billings add up to the whole computation.
            if ((await PendingGroupsAsync(filters)).Count > 0)
            {
                var rest = await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
                    new CommitBillingRequest(new BillingDraftRequest(client, filters, [], true), null, Today, Today.AddDays(10), 0m, 0m, null, "", [], "teste"), default));
                billings.Add((rest.Value.Id, rest.Value.RealValue, []));
            }

            var total = billings.Sum(b => b.Value);
            if (total != expected.Values.Sum())
            {
                failures.Add($"case {n} ({modality}): billed {total}, computation over all work {expected.Values.Sum()}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));

        // The generator really exercised the rules: some attempts were refused for order, most went through.
        Assert.True(refusedBills > 0 && refusedReversals > 0, $"refused bills {refusedBills}, refused reversals {refusedReversals}");
    }

    private async Task<Guid> SetUpAsync(int n, ContractModality modality, Random random)
    {
        var (client, _, rider) = await _world.ContractForAsync($"Cliente {n:000}", BillingWorld.Cnpj(90_000_000 + n), modality, Start,
            r => BillingWorld.RandomTerms(modality, r, random),
            modality == ContractModality.CumulativeHours && random.Next(2) == 0 ? 60 * random.Next(1, 8) : null,
            modality == ContractModality.CumulativeHours && random.Next(2) == 0 ? random.Next(1, 3) : null);
        var tickets = new[] { await _world.OpenTicketAsync(client), await _world.OpenTicketAsync(client), await _world.OpenTicketAsync(client) };
        for (var month = 0; month < 4; month++)
        {
            var first = Start.AddMonths(month);
            for (var e = random.Next(0, 4); e > 0; e--)
            {
                var date = first.AddDays(random.Next(0, 27)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var mode = (AttendanceMode)random.Next(1, 4);
                await _world.ContractEntryAsync(tickets[random.Next(tickets.Length)], date, random.Next(1, 9), rider, mode, warranty: random.Next(6) == 0);
            }
        }

        return client;
    }

    private async Task<Dictionary<int, decimal>> CycleTotalsAsync(PendingRequest filters) =>
        (await _world.LinesAsync(filters)).Where(l => l.Billable && l.CycleIndex is not null)
            .GroupBy(l => l.CycleIndex!.Value).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));

    private async Task<List<(string Group, int Cycle)>> PendingGroupsAsync(PendingRequest filters) =>
        [.. (await _world.LinesAsync(filters)).Where(l => l.Billable && l.CycleIndex is not null)
            .Select(l => (l.GroupKey, l.CycleIndex!.Value)).Distinct().OrderBy(g => g.Value)];

    private Task<Result<BillingCreatedDto>> BillAsync(Guid client, PendingRequest filters, IReadOnlyList<string> groups) =>
        _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(client, filters, groups, false), null, Today, Today.AddDays(10), 0m, 0m, null, "", [], "teste"), default));
}
