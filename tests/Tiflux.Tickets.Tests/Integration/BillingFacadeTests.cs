using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class BillingFacadeTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private Task<IReadOnlyList<BillableItemDto>> ItemsAsync(Scenario s, DateOnly? upTo = null) =>
        db.WithTickets((ITicketBilling t) => t.GetBillableItemsAsync(new BillableItemsRequest([s.Client.Id], upTo ?? s.Today), CancellationToken.None));

    private Task<Result> MarkAsync(Guid billingId, params BillableItemRefDto[] items) =>
        db.WithTickets((ITicketBilling t) => t.MarkBilledAsync(new MarkBilledRequest(billingId, items), CancellationToken.None));

    /// <summary>The "done when" flow: contract and standalone work, a travel, an extra, a warranty entry, closed and approved.</summary>
    private async Task<(Scenario S, int Reviewed, int Awaiting, int Open)> WorkedClientAsync()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(review: true);
        var reviewed = await s.TicketAsync(desk);
        var awaiting = await s.TicketAsync(desk);
        var open = await s.TicketAsync(desk);
        var expense = db.Contracts.AddExtraExpense("Cabo de rede", 12.5m);
        var day = s.Today.AddDays(-2);
        await s.SaveOkAsync(s.Entry(reviewed, 8, 10, EntryKind.Contract, AttendanceMode.External, day) with { TravelId = s.Travel.Id });
        await s.SaveOkAsync(s.Entry(reviewed, 10, 11, EntryKind.Standalone, AttendanceMode.Remote, day));
        await s.SaveOkAsync(s.Entry(reviewed, 11, 12, EntryKind.Standalone, AttendanceMode.Internal, day) with { Warranty = true });
        await s.SaveOkAsync(s.Entry(reviewed, 13, 14, EntryKind.Standalone, AttendanceMode.Remote, day) with { ManualValue = true, Value = 99.9m });
        var extra = await db.WithTickets((ITicketWork t) => t.SaveExtraAsync(
            new SaveExtraRequest(reviewed, null, expense.Id, day, 4m, null, "Cabos do rack", null), Scenario.Tech, CancellationToken.None));
        Assert.True(extra.IsSuccess);
        await s.SaveOkAsync(s.Entry(awaiting, 15, 16, EntryKind.Standalone, AttendanceMode.Remote, day));
        await s.SaveOkAsync(s.Entry(open, 16, 17, EntryKind.Standalone, AttendanceMode.Remote, day));
        await s.CloseAndApproveAsync(reviewed);
        await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(awaiting, Scenario.Tech, CancellationToken.None));
        return (s, reviewed, awaiting, open);
    }

    [Fact]
    public async Task BillableItems_AreExactlyTheReviewedUnbilledOnes()
    {
        var (s, reviewed, _, _) = await WorkedClientAsync();

        var items = await ItemsAsync(s);

        Assert.All(items, i => Assert.Equal(reviewed, i.TicketNumber));
        Assert.Equal(
            [
                (BillableItemKind.TimeEntry, 0m, true),
                (BillableItemKind.TimeEntry, 99.90m, false),
                (BillableItemKind.TimeEntry, 120.00m, false),
                (BillableItemKind.Travel, 75.00m, false),
                (BillableItemKind.Extra, 50.00m, false),
            ],
            [.. items.Select(i => (i.Kind, i.Amount, i.Warranty)).OrderBy(x => x.Kind).ThenBy(x => x.Amount)]);
        Assert.Single(items, i => i.ManualValue);
    }

    [Fact]
    public async Task BillableItems_UpToADateBeforeTheReview_AreEmpty()
    {
        var (s, _, _, _) = await WorkedClientAsync();

        Assert.Empty(await ItemsAsync(s, s.Today.AddDays(-1)));
    }

    [Fact]
    public async Task MarkBilled_RemovesItemsFromTheBillableSetAndLocksThem()
    {
        var (s, reviewed, _, _) = await WorkedClientAsync();
        var items = await ItemsAsync(s);
        var billing = Guid.CreateVersion7();

        var marked = await MarkAsync(billing, [.. items.Select(i => new BillableItemRefDto(i.Kind, i.Id))]);

        Assert.True(marked.IsSuccess);
        Assert.Empty(await ItemsAsync(s));
        var dto = await s.GetAsync(reviewed);
        Assert.True(dto.HasBilledItems);
        var billedEntry = dto.Entries.First(e => e.BilledInBillingId == billing);
        var edit = await s.SaveAsync(s.Entry(reviewed, 10, 11, date: billedEntry.Date) with { EntryId = billedEntry.Id });
        var delete = await db.WithTickets((ITicketWork t) => t.DeleteTimeEntryAsync(reviewed, billedEntry.Id, Scenario.Tech, CancellationToken.None));
        var deleteExtra = await db.WithTickets((ITicketWork t) => t.DeleteExtraAsync(reviewed, dto.Extras[0].Id, Scenario.Tech, CancellationToken.None));
        var reopen = await db.WithTickets((ITicketLifecycle t) => t.ReopenTicketAsync(reviewed, "cliente pediu", Scenario.Tech, CancellationToken.None));
        Assert.Equal("Apontamento já faturado não pode ser alterado nem excluído.", Assert.Single(edit.Errors).Message);
        Assert.False(delete.IsSuccess);
        Assert.False(deleteExtra.IsSuccess);
        Assert.Contains("faturados", Assert.Single(reopen.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(dto.Entries.Count, (await s.GetAsync(reviewed)).Entries.Count);
    }

    [Fact]
    public async Task MarkBilled_Twice_FailsAndKeepsTheFirstBilling()
    {
        var (s, _, _, _) = await WorkedClientAsync();
        var item = (await ItemsAsync(s))[0];
        var first = Guid.CreateVersion7();

        var once = await MarkAsync(first, new BillableItemRefDto(item.Kind, item.Id));
        var twice = await MarkAsync(Guid.CreateVersion7(), new BillableItemRefDto(item.Kind, item.Id));

        Assert.True(once.IsSuccess);
        Assert.Equal("conflict", Assert.Single(twice.Errors).Code);
        Assert.Equal(1, await db.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM tickets.time_entries WHERE billed_in_billing_id = '{first}' OR travel_billed_in_billing_id = '{first}'")
            + await db.Database.ScalarAsync<long>($"SELECT count(*) FROM tickets.extra_valuations WHERE billed_in_billing_id = '{first}'"));
    }

    [Fact]
    public async Task MarkBilled_WhenOneItemIsAlreadyBilled_MarksNothing()
    {
        var (s, _, _, _) = await WorkedClientAsync();
        var items = await ItemsAsync(s);
        await MarkAsync(Guid.CreateVersion7(), new BillableItemRefDto(items[^1].Kind, items[^1].Id));
        var second = Guid.CreateVersion7();

        var result = await MarkAsync(second, [.. items.Select(i => new BillableItemRefDto(i.Kind, i.Id))]);

        Assert.False(result.IsSuccess);
        Assert.Equal(items.Count - 1, (await ItemsAsync(s)).Count);
    }

    [Fact]
    public async Task MarkBilled_InParallel_BillsEachItemAtMostOnce()
    {
        var (s, _, _, _) = await WorkedClientAsync();
        var refs = (await ItemsAsync(s)).Select(i => new BillableItemRefDto(i.Kind, i.Id)).ToArray();
        var billings = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToList();

        var results = await Task.WhenAll(billings.Select(b => Task.Run(() => MarkAsync(b, refs))));

        Assert.Equal(1, results.Count(r => r.IsSuccess));
        var winner = billings[Array.FindIndex(results, r => r.IsSuccess)];
        Assert.Empty(await ItemsAsync(s));
        Assert.Equal(refs.Length, await db.Database.ScalarAsync<long>(
            $"SELECT (SELECT count(*) FROM tickets.time_entries WHERE billed_in_billing_id = '{winner}') + (SELECT count(*) FROM tickets.time_entries WHERE travel_billed_in_billing_id = '{winner}') + (SELECT count(*) FROM tickets.extra_valuations WHERE billed_in_billing_id = '{winner}')"));
    }

    [Fact]
    public async Task MarkBilled_ItemOfATicketAwaitingReview_IsRefused()
    {
        var (s, _, awaiting, _) = await WorkedClientAsync();
        var entry = (await s.GetAsync(awaiting)).Entries[0];

        var result = await MarkAsync(Guid.CreateVersion7(), new BillableItemRefDto(BillableItemKind.TimeEntry, entry.Id));

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task UnmarkBilled_MakesItemsBillableAgain()
    {
        var (s, _, _, _) = await WorkedClientAsync();
        var items = await ItemsAsync(s);
        var billing = Guid.CreateVersion7();
        await MarkAsync(billing, [.. items.Select(i => new BillableItemRefDto(i.Kind, i.Id))]);

        var released = await db.WithTickets((ITicketBilling t) => t.UnmarkBilledAsync(billing, CancellationToken.None));

        Assert.Equal(items.Count, released);
        Assert.Equal(items.Count, (await ItemsAsync(s)).Count);
    }

    [Fact]
    public async Task ContractConsumption_SumsMinutesPerModeAndFlagsWarranty()
    {
        var (s, reviewed, awaiting, _) = await WorkedClientAsync();
        var day = s.Today.AddDays(-1);
        await db.WithTickets((ITicketLifecycle t) => t.ReopenTicketAsync(awaiting, null, Scenario.Tech, CancellationToken.None));
        await s.SaveOkAsync(s.Entry(awaiting, 8, 9, EntryKind.Contract, AttendanceMode.Remote, day) with { End = new TimeOnly(9, 30) });
        await s.SaveOkAsync(s.Entry(awaiting, 10, 11, EntryKind.Contract, AttendanceMode.Internal, day) with { Warranty = true });

        var consumption = await db.WithTickets((ITicketBilling t) => t.GetContractConsumptionAsync(
            new ContractConsumptionRequest(null, [s.Rider.ContractId], s.Today.AddDays(-7), s.Today), CancellationToken.None));

        Assert.Equal(120, consumption.ExternalMinutes);
        Assert.Equal(90, consumption.RemoteMinutes);
        Assert.Equal(0, consumption.InternalMinutes);
        Assert.Equal([reviewed, awaiting], consumption.TicketNumbers);
        Assert.Equal(3, consumption.Entries.Count);
        Assert.Single(consumption.Entries, e => e.Warranty);
        Assert.Single(consumption.Entries, e => e.Reviewed);
    }

    [Fact]
    public async Task HasOpenOrUnreviewedTickets_IsFalseOnlyWhenEverythingIsReviewedOrCancelled()
    {
        var (s, _, awaiting, open) = await WorkedClientAsync();
        var before = await db.WithTickets((ITicketQueries t) => t.HasOpenOrUnreviewedTicketsAsync(s.Client.Id, CancellationToken.None));

        await s.CloseAndApproveAsync(open);
        await db.WithTickets((ITicketLifecycle t) => t.CancelTicketAsync(awaiting, Scenario.Tech, CancellationToken.None));

        Assert.True(before);
        Assert.False(await db.WithTickets((ITicketQueries t) => t.HasOpenOrUnreviewedTicketsAsync(s.Client.Id, CancellationToken.None)));
    }
}
