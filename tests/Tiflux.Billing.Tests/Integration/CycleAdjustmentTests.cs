using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// Work logged, edited or deleted in a cycle that is already billed is not lost and not billed twice: the contract's
/// next pending cycle carries an adjustment line (domain §8 #6).
/// </summary>
[Trait("Category", "Integration")]
public sealed class CycleAdjustmentTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    private Guid _client;
    private Guid _rider;
    private int _ticket;

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        await _world.Tickets(async (ITicketSetup t) =>
        {
            await t.SaveSettingsAsync(new TicketSettingsDto(AllowOverlappingEntries: true), default);
            return true;
        });

        // Horas from 01/01/2026, in arrears: R$ 1.000,00 a month, 10:00 included, R$ 150,00 per excess hour.
        // January 11:00 (excess 1:00), February 8:00, March 9:00.
        (_client, _, _rider) = await _world.ContractForAsync("Delta Engenharia", "33.444.555/0001-81", ContractModality.Hours, new DateOnly(2026, 1, 1),
            r => r with { Value = 1000m, IncludedMinutes = 600, SurplusHourRate = 150m });
        _ticket = await _world.OpenTicketAsync(_client);
        foreach (var (date, hours) in new[] { ("2026-01-05", 6), ("2026-01-06", 5), ("2026-02-05", 8), ("2026-03-05", 9) })
        {
            await _world.ContractEntryAsync(_ticket, date, hours, _rider);
        }
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    private PendingRequest Filters => new(Today, null, [_client], PendingScope.Contracts);

    private async Task<List<PendingLineDto>> LinesAsync() => [.. await _world.LinesAsync(Filters)];

    private async Task<BillingCreatedDto> BillCycleAsync(int cycle)
    {
        var group = (await LinesAsync()).First(l => l.CycleIndex == cycle).GroupKey;
        var result = await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(_client, Filters, [group], false), null, Today, Today.AddDays(10), 0m, 0m, null, "", [], "financeiro"), default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    [Fact]
    public async Task Late_edited_and_deleted_entries_in_a_billed_cycle_become_adjustments_on_the_next_billing()
    {
        // January billed: R$ 1.000,00 + (11:00 − 10:00) × R$ 150,00 = R$ 1.150,00.
        Assert.Equal(1150m, (await BillCycleAsync(1)).RealValue);
        Assert.DoesNotContain(await LinesAsync(), l => l.Kind == PendingLineKind.CycleAdjustment);

        // A late 2:00 entry on 20/01: January's excess is now 3:00 = R$ 450,00, R$ 150,00 billed → + R$ 300,00 on February.
        var late = await _world.ContractEntryAsync(_ticket, "2026-01-20", 2, _rider);
        var adjustment = Assert.Single(await LinesAsync(), l => l.Kind == PendingLineKind.CycleAdjustment);
        Assert.Equal((2, 300m, true), (adjustment.CycleIndex, adjustment.Amount, adjustment.Billable));
        Assert.Equal("Ajuste do ciclo 01/01/2026 a 31/01/2026: +02:00 além do faturado", adjustment.Description);
        Assert.Equal("R$ 450,00 − R$ 150,00 = R$ 300,00", adjustment.Explanation.Formula);
        Assert.Contains(adjustment.Explanation.Entries, e => e.EntryId == late);

        // Billed once with February: R$ 1.000,00 + R$ 300,00; afterwards nothing is left to adjust.
        var february = await BillCycleAsync(2);
        Assert.Equal(1300m, february.RealValue);
        Assert.DoesNotContain(await LinesAsync(), l => l.Kind == PendingLineKind.CycleAdjustment);

        // Reversing February brings the adjustment back with it; edited to 1:00 it is worth + R$ 150,00.
        Assert.True((await _world.Services.InScopeAsync<IBillingWorkflow, Result>(w => w.ReverseBillingAsync(february.Id, "Conferência", "financeiro", default))).IsSuccess);
        await _world.EditContractEntryAsync(_ticket, late, "2026-01-20", 1, _rider);
        Assert.Equal(150m, Assert.Single(await LinesAsync(), l => l.Kind == PendingLineKind.CycleAdjustment).Amount);
        Assert.Equal(1150m, (await BillCycleAsync(2)).RealValue);

        // Deleting the late entry after billing: January is back to 1:00 excess, R$ 300,00 billed → − R$ 150,00 on March.
        await _world.DeleteEntryAsync(_ticket, late);
        var negative = Assert.Single(await LinesAsync(), l => l.Kind == PendingLineKind.CycleAdjustment);
        Assert.Equal((3, -150m), (negative.CycleIndex, negative.Amount));
        Assert.Equal("Ajuste do ciclo 01/01/2026 a 31/01/2026: −01:00 além do faturado", negative.Description);
        Assert.Equal(1000m - 150m, (await BillCycleAsync(3)).RealValue);
        Assert.DoesNotContain(await LinesAsync(), l => l.Kind == PendingLineKind.CycleAdjustment);
    }
}
