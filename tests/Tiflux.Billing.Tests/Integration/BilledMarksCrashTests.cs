using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// "Billed" is written by two modules in two commits. A crash between them must converge, after the reconciliation
/// sweep, to: every item billed exactly once or pending, never lost, never billed twice.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BilledMarksCrashTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    private PendingRequest Standalone => new(Today, null, [_world.Alfa], PendingScope.Standalone);

    private async Task<List<string>> PendingKeysAsync() => [.. (await _world.LinesAsync(Standalone)).Where(l => l.Billable).Select(l => l.Key)];

    private Task<Result<BillingCreatedDto>> BillAllAsync() =>
        _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(_world.Alfa, Standalone, [], true), null, Today, Today.AddDays(10), 0m, 0m, null, "", [], "financeiro"), default));

    private Task<T> Workflow<T>(Func<IBillingWorkflow, Task<T>> action) => _world.Services.InScopeAsync(action);

    private Task<IReadOnlyList<Guid>> MarkedBillingsAsync() => _world.Tickets((Tiflux.Tickets.PublicApi.ITicketBilling t) => t.GetBillingIdsWithBilledItemsAsync(default));

    [Fact]
    public async Task CrashAfterTicketsMarked_BeforeTheBillingCommitted_ReleasesTheItems_ThenTheyAreBilledOnce()
    {
        var before = await PendingKeysAsync();
        Assert.NotEmpty(before);

        _world.Crash.AfterMark = true;
        await Assert.ThrowsAsync<SimulatedCrashException>(BillAllAsync);
        _world.Crash.AfterMark = false;

        // The defect this guards against: marked in Tickets, no billing in Billing — the items vanished from pending.
        var orphan = Assert.Single(await MarkedBillingsAsync());
        Assert.Null(await Workflow(w => w.GetBillingAsync(orphan, default)));
        Assert.Empty(await PendingKeysAsync());

        var repaired = await Workflow(w => w.ReconcileBilledMarksAsync(default));
        Assert.Equal(before.Count, repaired.Released);
        Assert.Equal(before, await PendingKeysAsync());

        var billed = await BillAllAsync();
        Assert.True(billed.IsSuccess);
        Assert.Equal(new BilledMarksReconciled(0, 0, 0), await Workflow(w => w.ReconcileBilledMarksAsync(default)));
        Assert.Equal([billed.Value.Id], await MarkedBillingsAsync());
        Assert.Empty(await PendingKeysAsync());
    }

    [Fact]
    public async Task CrashAfterTicketsReleased_BeforeTheReversalCommitted_MarksTheItemsAgain_AndNothingIsBilledTwice()
    {
        var before = await PendingKeysAsync();
        var billed = (await BillAllAsync()).Value;

        _world.Crash.AfterUnmark = true;
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Workflow(w => w.ReverseBillingAsync(billed.Id, "Erro no valor", "financeiro", default)));
        _world.Crash.AfterUnmark = false;

        // The billing stands (its reversal rolled back) while Tickets released its items.
        Assert.Equal(BillingState.Billed, (await Workflow(w => w.GetBillingAsync(billed.Id, default)))!.Summary.State);
        Assert.Empty(await MarkedBillingsAsync());
        var twice = await BillAllAsync();
        Assert.False(twice.IsSuccess);

        var repaired = await Workflow(w => w.ReconcileBilledMarksAsync(default));
        Assert.Equal((0, before.Count, 0), (repaired.Released, repaired.Restored, repaired.Failed));
        Assert.Equal([billed.Id], await MarkedBillingsAsync());
        Assert.Empty(await PendingKeysAsync());

        Assert.True((await Workflow(w => w.ReverseBillingAsync(billed.Id, "Erro no valor", "financeiro", default))).IsSuccess);
        Assert.Equal(new BilledMarksReconciled(0, 0, 0), await Workflow(w => w.ReconcileBilledMarksAsync(default)));
        Assert.Equal(before, await PendingKeysAsync());
    }
}
