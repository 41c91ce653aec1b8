using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Billing.Reminders;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// The Dashboard's finance figures (ADR 0031) against independent reads: billings written in the test for the
/// month groups and open charges, the pending list and the awaiting-review list for the stored summaries, and the
/// reminder rows for the contracts above their threshold.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OverviewTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private readonly BillingWorld _world = new();

    private int _number = 90_000;

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    private Task<T> Overview<T>(Func<IBillingOverview, Task<T>> read) => _world.Services.InScopeAsync(read);

    [Fact]
    public async Task BilledMonths_GroupByCalendarMonth_AtTheBoundaries_WithoutReversed()
    {
        // 23:59 on 30/04 in São Paulo is already 1 May in UTC: "this month" is still April.
        var today = BrazilTime.Today(new FixedClock(new DateTimeOffset(2026, 5, 1, 2, 59, 0, TimeSpan.Zero)));
        await AddAsync(
            Billing("2025-03-31", 1m), Billing("2025-04-01", 10m), Billing("2025-04-30", 20m), Billing("2025-05-01", 2m),
            Billing("2026-02-28", 3m), Billing("2026-03-01", 100m), Billing("2026-03-31", 200m),
            Billing("2026-04-01", 1000m), Billing("2026-04-30", 2000m), Billing("2026-04-15", 5000m, reversed: true), Billing("2026-05-01", 4m));

        var months = await Overview(o => o.GetBilledMonthsAsync(today, default));

        Assert.Equal(new DateOnly(2026, 4, 30), today);
        Assert.Equal(new BilledMonth(2026, 4, 3000m, 2), months.Current);
        Assert.Equal(new BilledMonth(2026, 3, 300m, 2), months.Previous);
        Assert.Equal(new BilledMonth(2025, 4, 30m, 2), months.SameMonthLastYear);
    }

    [Fact]
    public async Task BilledMonths_January_ComparesWithDecember_OfTheYearBefore()
    {
        await AddAsync(Billing("2025-12-31", 7m), Billing("2026-01-01", 8m), Billing("2025-01-15", 9m));

        var months = await Overview(o => o.GetBilledMonthsAsync(new DateOnly(2026, 1, 1), default));

        Assert.Equal((8m, 7m, 9m), (months.Current.RealValue, months.Previous.RealValue, months.SameMonthLastYear.RealValue));
        Assert.Equal(new DateOnly(2025, 12, 1), months.Previous.First);
    }

    [Fact]
    public async Task OpenCharges_AreNeitherPaidNorReversed_OverdueBeforeToday()
    {
        var rows = new[]
        {
            Billing("2026-04-01", 100m, due: "2026-04-19"),
            Billing("2026-04-01", 200m, due: "2026-04-20"),
            Billing("2026-04-01", 400m, due: "2026-04-10", paid: true),
            Billing("2026-04-01", 800m, due: "2026-04-10", reversed: true),
            Billing("2026-03-01", 1600m, due: "2026-03-11"),
        };
        await AddAsync(rows);
        var open = rows.Where(b => !b.Paid && !b.Reversed).ToList();

        var charges = await Overview(o => o.GetOpenChargesAsync(Today, default));

        Assert.Equal(
            new OpenChargesOverview(open.Count, open.Sum(b => b.RealValue), open.Count(b => b.DueDate < Today), open.Where(b => b.DueDate < Today).Sum(b => b.RealValue)),
            charges);
        Assert.Equal(new OpenChargesOverview(3, 1900m, 2, 1700m), charges);
    }

    [Fact]
    public async Task Pending_ReadsTheStoredSummaries_AsTheListShowsThem()
    {
        var before = await Overview(o => o.GetPendingAsync(Today, default));
        var list = await _world.TotalsAsync(new PendingRequest(Today, null, null, PendingScope.Both));

        var after = await Overview(o => o.GetPendingAsync(Today, default));

        Assert.Equal(new PendingOverview(0m, 0, null, null), before);
        Assert.NotEmpty(list);
        Assert.Equal(list.Sum(c => c.ContractTotal + c.StandaloneTotal), after.Total);
        Assert.Equal(list.Count, after.Clients);
        Assert.Equal(list.Min(c => c.EarliestDueDate), after.OldestDue);
        Assert.NotNull(after.RefreshedAt);
    }

    [Fact]
    public async Task AwaitingReviewValue_SumsTheStoredSnapshots()
    {
        var list = await _world.Services.InScopeAsync<IBillingModule, IReadOnlyList<AwaitingReviewSummary>>(
            b => b.GetAwaitingReviewAsync(new AwaitingReviewRequest(null, PendingScope.Both), default));

        var value = await Overview(o => o.GetAwaitingReviewValueAsync(default));

        Assert.True(list.Sum(s => s.StandaloneValue) > 0m);
        Assert.Equal(new AwaitingReviewValueOverview(list.Count(s => s.StandaloneItemCount > 0), list.Sum(s => s.StandaloneValue)), value);
    }

    [Fact]
    public async Task RemindedContracts_AreThoseRemindedInTheirCycleContainingToday()
    {
        var alfaCycle = (await _world.Services.InScopeAsync<IContractsModule, ContractCycleDto?>(c => c.GetCycleAsync(_world.AlfaContract, Today, default)))!;
        var betaCycle = (await _world.Services.InScopeAsync<IContractsModule, ContractCycleDto?>(c => c.GetCycleAsync(_world.BetaContract, Today, default)))!;
        await using (var scope = _world.Services.Provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            db.RemindersSent.AddRange(
                new ConsumptionReminderSent { ContractId = _world.AlfaContract, CycleIndex = alfaCycle.Index - 1, PercentUsed = 90, SentAt = BillingWorld.Now.AddMonths(-1) },
                new ConsumptionReminderSent { ContractId = _world.AlfaContract, CycleIndex = alfaCycle.Index, PercentUsed = 85, SentAt = BillingWorld.Now },
                new ConsumptionReminderSent { ContractId = _world.BetaContract, CycleIndex = betaCycle.Index - 1, PercentUsed = 100, SentAt = BillingWorld.Now.AddMonths(-1) });
            await db.SaveChangesAsync();
        }

        var reminded = await Overview(o => o.GetRemindedContractsAsync(Today, default));

        Assert.Equal(1, reminded.Count);
        Assert.Equal([_world.AlfaContract], reminded.ContractIds);
    }

    private BillingDocument Billing(string billingDate, decimal value, string? due = null, bool paid = false, bool reversed = false)
    {
        var date = DateOnly.Parse(billingDate, System.Globalization.CultureInfo.InvariantCulture);
        return new BillingDocument
        {
            Number = ++_number,
            ClientId = _world.Alfa,
            ClientName = "Alfa Serviços",
            BillingDate = date,
            DueDate = due is null ? date.AddDays(10) : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            ItemsTotal = value,
            RealValue = value,
            Paid = paid,
            Reversed = reversed,
            CreatedBy = "teste",
            CreatedAt = BillingWorld.Now,
        };
    }

    private async Task AddAsync(params BillingDocument[] billings)
    {
        await using var scope = _world.Services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        db.Billings.AddRange(billings);
        await db.SaveChangesAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
