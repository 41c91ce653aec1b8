using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class TimeEntryTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private async Task<(Scenario S, int Ticket)> OpenTicketAsync(bool review = true)
    {
        var s = await Scenario.CreateAsync(db);
        return (s, await s.TicketAsync(await s.DeskAsync(review)));
    }

    private Task<long> EntryCountAsync(int ticket) =>
        db.Database.ScalarAsync<long>($"SELECT count(*) FROM tickets.time_entries e JOIN tickets.tickets t ON t.id = e.ticket_id WHERE t.number = {ticket}");

    [Fact]
    public async Task Save_StandaloneEntry_StoresRawMinutesAndComputedValue()
    {
        var (s, ticket) = await OpenTicketAsync();

        await s.SaveOkAsync(s.Entry(ticket, 9, 10, mode: AttendanceMode.External) with { End = new TimeOnly(10, 30) });

        var entry = Assert.Single((await s.GetAsync(ticket)).Entries);
        Assert.Equal(90, entry.Minutes);
        Assert.Equal(270.00m, entry.Value);
        Assert.Equal(ValuationBasis.RateTimesTime, entry.Basis);
        Assert.Equal(270.00m, await db.Database.ScalarAsync<decimal>($"SELECT value FROM tickets.time_entries WHERE id = '{entry.Id}'"));
    }

    [Fact]
    public async Task Save_ContractEntry_ConsumesContract()
    {
        var (s, ticket) = await OpenTicketAsync();

        await s.SaveOkAsync(s.Entry(ticket, 9, 11, EntryKind.Contract));

        var entry = Assert.Single((await s.GetAsync(ticket)).Entries);
        Assert.Equal(ValuationBasis.ConsumesContract, entry.Basis);
        Assert.Null(entry.Value);
        Assert.Equal(s.Rider.Id, entry.RiderId);
    }

    [Fact]
    public async Task Save_WithFutureDate_IsRefusedAndNothingSaved()
    {
        var (s, ticket) = await OpenTicketAsync();

        var result = await s.SaveAsync(s.Entry(ticket, 9, 10, date: s.Today.AddDays(1)));

        Assert.Contains(result.Errors, e => e.Field == "Date");
        Assert.Equal(0, await EntryCountAsync(ticket));
    }

    [Fact]
    public async Task Save_WithEndBeforeStart_IsRefused()
    {
        var (s, ticket) = await OpenTicketAsync();

        var result = await s.SaveAsync(s.Entry(ticket, 10, 9));

        Assert.Contains(result.Errors, e => e.Field == "End");
        Assert.Equal(0, await EntryCountAsync(ticket));
    }

    [Fact]
    public async Task Save_WithRiderNotInForceOnTheDate_IsRefused()
    {
        var (s, ticket) = await OpenTicketAsync();
        var old = db.Contracts.AddRider(s.Client.Id, s.Today.AddDays(-90), s.Today.AddDays(-60));

        var result = await s.SaveAsync(s.Entry(ticket, 9, 10, EntryKind.Contract) with { RiderId = old.Id });

        Assert.Contains(result.Errors, e => e.Field == "RiderId" && e.Message.Contains("não está em vigor", StringComparison.Ordinal));
        Assert.Equal(0, await EntryCountAsync(ticket));
    }

    [Fact]
    public async Task Save_TravelOnRemoteEntry_IsRefused()
    {
        var (s, ticket) = await OpenTicketAsync();

        var result = await s.SaveAsync(s.Entry(ticket, 9, 10) with { TravelId = s.Travel.Id });

        Assert.Contains(result.Errors, e => e.Field == "TravelId");
        Assert.Equal(0, await EntryCountAsync(ticket));
    }

    [Fact]
    public async Task Save_OverlappingEntryOfTheSameTechnician_IsRefusedEvenOnAnotherTicket()
    {
        var (s, ticket) = await OpenTicketAsync();
        var other = await s.TicketAsync((await s.GetAsync(ticket)).Desk.Id);
        await s.SaveOkAsync(s.Entry(ticket, 9, 11));

        var result = await s.SaveAsync(s.Entry(other, 10, 12));

        Assert.Contains(result.Errors, e => e.Field == "Start" && e.Message.Contains("sobrepostos", StringComparison.Ordinal));
        Assert.Equal(0, await EntryCountAsync(other));
    }

    [Fact]
    public async Task Save_AdjacentEntries_AreNotAnOverlap()
    {
        var (s, ticket) = await OpenTicketAsync();
        await s.SaveOkAsync(s.Entry(ticket, 9, 10));

        await s.SaveOkAsync(s.Entry(ticket, 10, 11));

        Assert.Equal(2, await EntryCountAsync(ticket));
    }

    [Fact]
    public async Task Edit_AnEntryOverItsOwnTime_IsNotAnOverlap()
    {
        var (s, ticket) = await OpenTicketAsync();
        var id = await s.SaveOkAsync(s.Entry(ticket, 9, 10));

        await s.SaveOkAsync(s.Entry(ticket, 9, 11) with { EntryId = id });

        Assert.Equal(120, Assert.Single((await s.GetAsync(ticket)).Entries).Minutes);
    }

    [Fact]
    public async Task Save_RideAlong_OnlyToAnotherOpenTicketOfTheSameClientThatChargedTravel()
    {
        var (s, owner) = await OpenTicketAsync();
        var desk = (await s.GetAsync(owner)).Desk.Id;
        var rider = await s.TicketAsync(desk);
        var noTravel = await s.TicketAsync(desk);

        var beforeTravel = await s.SaveAsync(s.Entry(rider, 14, 15, mode: AttendanceMode.External) with { RideAlongTicketNumber = owner });
        await s.SaveOkAsync(s.Entry(owner, 9, 10, mode: AttendanceMode.External) with { TravelId = s.Travel.Id });
        var toTicketWithoutTravel = await s.SaveAsync(s.Entry(rider, 14, 15, mode: AttendanceMode.External) with { RideAlongTicketNumber = noTravel });
        var toItself = await s.SaveAsync(s.Entry(owner, 14, 15, mode: AttendanceMode.External) with { RideAlongTicketNumber = owner });
        await s.SaveOkAsync(s.Entry(rider, 14, 15, mode: AttendanceMode.External) with { RideAlongTicketNumber = owner });

        Assert.Contains(beforeTravel.Errors, e => e.Field == "RideAlongTicketNumber");
        Assert.Contains(toTicketWithoutTravel.Errors, e => e.Field == "RideAlongTicketNumber");
        Assert.Contains(toItself.Errors, e => e.Field == "RideAlongTicketNumber");
        Assert.Equal(owner, Assert.Single((await s.GetAsync(rider)).Entries).RideAlongTicketNumber);
    }

    [Fact]
    public async Task Save_RideAlongToAnotherClientsTicket_IsRefused()
    {
        var (s, owner) = await OpenTicketAsync();
        var desk = (await s.GetAsync(owner)).Desk.Id;
        await s.SaveOkAsync(s.Entry(owner, 9, 10, mode: AttendanceMode.External) with { TravelId = s.Travel.Id });
        var other = await Scenario.CreateAsync(db);
        var foreign = await other.TicketAsync(desk);

        var result = await other.SaveAsync(other.Entry(foreign, 14, 15, mode: AttendanceMode.External) with { RideAlongTicketNumber = owner });

        Assert.Contains(result.Errors, e => e.Field == "RideAlongTicketNumber");
    }

    [Fact]
    public async Task Save_OnDeskWithoutValuation_StoresNoValuation()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(false, DeskValuationMode.WithoutValuation));

        await s.SaveOkAsync(s.Entry(ticket, 9, 10) with { Mode = null, Kind = null, ServiceId = null });

        var entry = Assert.Single((await s.GetAsync(ticket)).Entries);
        Assert.Equal(ValuationBasis.NotValued, entry.Basis);
        Assert.Null(entry.Kind);
    }

    [Fact]
    public async Task Save_OnDeskWithoutEntries_IsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(false, DeskValuationMode.WithoutEntries));

        var result = await s.SaveAsync(s.Entry(ticket, 9, 10));

        Assert.False(result.IsSuccess);
        Assert.Equal(0, await EntryCountAsync(ticket));
    }

    [Fact]
    public async Task Timer_WhenStoppedIntoAnEntry_IsRemoved()
    {
        var (s, ticket) = await OpenTicketAsync();
        var timer = (await db.WithTickets((ITicketWork t) => t.StartTimerAsync(ticket, Scenario.Tech, CancellationToken.None))).Value;

        await s.SaveOkAsync(s.Entry(ticket, 9, 10) with { FromTimerId = timer });

        var dto = await s.GetAsync(ticket);
        Assert.Empty(dto.RunningTimers);
        Assert.Single(dto.Entries);
    }

    [Fact]
    public async Task History_RecordsWhoAddedTheEntry()
    {
        var (s, ticket) = await OpenTicketAsync();

        await s.SaveOkAsync(s.Entry(ticket, 9, 10));

        var history = (await s.GetAsync(ticket)).History;
        Assert.Contains(history, h => h.UserName == Scenario.Tech.Name && h.What.StartsWith("Apontamento adicionado", StringComparison.Ordinal));
    }
}

[Trait("Category", "Integration")]
public sealed class OverlapSettingTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    [Fact]
    public async Task Save_OverlappingEntry_WhenTheOrganisationAllowsIt_IsAccepted()
    {
        await db.WithTickets((ITicketSetup t) => t.SaveSettingsAsync(new TicketSettingsDto(AllowOverlappingEntries: true), CancellationToken.None));
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(false));
        await s.SaveOkAsync(s.Entry(ticket, 9, 11));

        await s.SaveOkAsync(s.Entry(ticket, 10, 12));

        Assert.Equal(2, (await s.GetAsync(ticket)).Entries.Count);
        Assert.True((await db.WithTickets((ITicketSetup t) => t.GetSettingsAsync(CancellationToken.None))).AllowOverlappingEntries);
    }
}
