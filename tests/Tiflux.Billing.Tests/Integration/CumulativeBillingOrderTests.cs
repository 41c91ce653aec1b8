using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// Horas Cumulativas carry a balance from cycle to cycle, so a cycle's amount must not depend on which cycles happen to
/// be billed or reversed: cycles are billed in time order (together is fine) and reversed from the latest.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CumulativeBillingOrderTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    private Guid _client;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        await _world.Tickets(async (Tiflux.Tickets.PublicApi.ITicketSetup t) =>
        {
            // The world's technician already has entries on some of these days; overlaps are beside the point here.
            await t.SaveSettingsAsync(new Tiflux.Tickets.PublicApi.TicketSettingsDto(AllowOverlappingEntries: true), default);
            return true;
        });

        // Banco de horas from 01/12/2025, in arrears: R$ 1.000,00 a month, 10:00 included, R$ 100,00 per excess hour,
        // at most 5:00 carried. Consumption: Dec 4:00, Jan 12:00, Feb 16:00, Mar 14:00.
        (_client, _, var rider) = await _world.CumulativeContractAsync("Gama Logística", "11.222.333/0002-62", new DateOnly(2025, 12, 1), 1000m, 600, 100m, 300, null);
        var ticket = await _world.OpenTicketAsync(_client);
        foreach (var (date, hours) in new[]
        {
            ("2025-12-10", 4), ("2026-01-12", 6), ("2026-01-13", 6), ("2026-02-10", 8), ("2026-02-11", 8), ("2026-03-10", 7), ("2026-03-11", 7),
        })
        {
            await _world.ContractEntryAsync(ticket, date, hours, rider);
        }
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    private PendingRequest Filters => new(Today, null, [_client], PendingScope.Contracts);

    private async Task<Dictionary<int, decimal>> CycleTotalsAsync() =>
        (await _world.LinesAsync(Filters)).Where(l => l.Billable).GroupBy(l => l.CycleIndex!.Value).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));

    private async Task<string> GroupAsync(int cycle) => (await _world.LinesAsync(Filters)).First(l => l.CycleIndex == cycle).GroupKey;

    private async Task<Result<BillingCreatedDto>> BillAsync(params int[] cycles)
    {
        var groups = new List<string>();
        foreach (var cycle in cycles)
        {
            groups.Add(await GroupAsync(cycle));
        }

        return await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(_client, Filters, groups, false), null, Today, Today.AddDays(10), 0m, 0m, null, "", [], "financeiro"), default));
    }

    private Task<Result> ReverseAsync(Guid billing) =>
        _world.Services.InScopeAsync<IBillingWorkflow, Result>(w => w.ReverseBillingAsync(billing, "Conferência", "financeiro", default));

    [Fact]
    public async Task Cycles_are_worth_the_same_whatever_is_billed_or_reversed_and_are_billed_in_order()
    {
        // By hand (cycle = fee + excess):
        // 1 Dec: 4:00 used of 10:00 → 6:00 left, cap 5:00 → carries 5:00.                       R$ 1.000,00
        // 2 Jan: 12:00 = 5:00 carried + 7:00 included → 3:00 left → carries 3:00.                R$ 1.000,00
        // 3 Feb: 16:00 = 3:00 carried + 10:00 included + 3:00 excess × R$ 100,00 = R$ 300,00.   R$ 1.300,00
        // 4 Mar: 14:00 = 0:00 carried + 10:00 included + 4:00 excess × R$ 100,00 = R$ 400,00.   R$ 1.400,00
        var expected = new Dictionary<int, decimal> { [1] = 1000m, [2] = 1000m, [3] = 1300m, [4] = 1400m };
        Assert.Equal(expected, await CycleTotalsAsync());

        // Cycle 4 before 1–3 is refused, naming the first cycle to bill; nothing is written.
        var early = await BillAsync(4);
        Assert.False(early.IsSuccess);
        Assert.Contains("Fature primeiro o ciclo de 01/12/2025 a 31/12/2025", early.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(expected, await CycleTotalsAsync());

        var first = (await BillAsync(1)).Value;
        Assert.Equal(1000m, first.RealValue);
        Assert.Equal(expected.Where(e => e.Key > 1), await CycleTotalsAsync());
        var middle = (await BillAsync(2, 3)).Value;
        Assert.Equal(2300m, middle.RealValue);
        var last = (await BillAsync(4)).Value;
        Assert.Equal(1400m, last.RealValue);

        // Reversing the middle billing while cycle 4 stands is refused; from the latest back it works, and every
        // cycle is pending again at exactly its first amount.
        var outOfOrder = await ReverseAsync(middle.Id);
        Assert.False(outOfOrder.IsSuccess);
        Assert.Contains($"Estorne primeiro o faturamento nº {last.Number}", outOfOrder.Errors[0].Message, StringComparison.Ordinal);
        Assert.True((await ReverseAsync(last.Id)).IsSuccess);
        Assert.Equal(new Dictionary<int, decimal> { [4] = 1400m }, await CycleTotalsAsync());
        Assert.True((await ReverseAsync(middle.Id)).IsSuccess);
        Assert.True((await ReverseAsync(first.Id)).IsSuccess);
        Assert.Equal(expected, await CycleTotalsAsync());
    }
}
