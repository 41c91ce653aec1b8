using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Reports;

/// <summary>ITicketEntryReports: the whole-period entry list of the attendant reports and the ticket states behind "Situação".</summary>
[Trait("Category", "Integration")]
public sealed class EntryReportTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static Task<EntryReport> ListAsync(TicketsDb db, EntryReportRequest request) =>
        db.WithTickets((ITicketEntryReports r) => r.ListEntriesAsync(request, CancellationToken.None));

    [Fact]
    public async Task ListEntries_FiltersByPeriodClientTechnicianDeskAndTravel()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var owner = await s.TicketAsync(desk);
        var rider = await s.TicketAsync(desk);
        var day = s.Today.AddDays(-1);
        await s.SaveOkAsync(s.Entry(owner, 8, 9, mode: AttendanceMode.External) with { TravelId = s.Travel.Id });
        await s.SaveOkAsync(s.Entry(rider, 10, 11, mode: AttendanceMode.External) with { RideAlongTicketNumber = owner });
        await s.SaveOkAsync(s.Entry(rider, 13, 14));
        await s.SaveOkAsync(s.Entry(rider, 15, 16, date: s.Today.AddDays(-20)));
        var other = await Scenario.CreateAsync(db);
        await other.SaveOkAsync(other.Entry(await other.TicketAsync(desk), 8, 9));

        var client = await ListAsync(db, new EntryReportRequest(day, day, ClientIds: [s.Client.Id]));
        var travel = await ListAsync(db, new EntryReportRequest(day, day, ClientIds: [s.Client.Id], TravelOnly: true));
        var period = await ListAsync(db, new EntryReportRequest(s.Today.AddDays(-30), day, ClientIds: [s.Client.Id]));
        var technician = await ListAsync(db, new EntryReportRequest(day, day, TechnicianIds: [other.TechnicianId]));
        var desks = await ListAsync(db, new EntryReportRequest(day, day, DeskIds: [desk]));
        var noDesk = await ListAsync(db, new EntryReportRequest(day, day, DeskIds: [Guid.NewGuid()]));

        Assert.Equal([new TimeOnly(8, 0), new TimeOnly(10, 0), new TimeOnly(13, 0)], client.Items.Select(i => i.Entry.Start));
        Assert.False(client.Truncated);
        Assert.All(client.Items, i => Assert.Equal(TicketState.Open, i.TicketState));
        Assert.All(client.Items, i => Assert.Equal(s.Client.Id, i.ClientId));
        Assert.Equal([owner, rider], travel.Items.Select(i => i.TicketNumber));
        Assert.Equal(owner, travel.Items[1].Entry.RideAlongTicketNumber);
        Assert.Equal(4, period.Items.Count);
        Assert.Equal(other.Client.Id, Assert.Single(technician.Items).ClientId);
        Assert.Equal(4, desks.Items.Count);
        Assert.All(desks.Items, i => Assert.False(string.IsNullOrEmpty(i.DeskName)));
        Assert.Empty(noDesk.Items);
    }

    [Fact]
    public async Task GetTicketStates_TellsOpenFromReviewed()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var open = await s.TicketAsync(desk);
        var reviewed = await s.TicketAsync(desk);
        await s.SaveOkAsync(s.Entry(reviewed, 8, 9));
        await s.CloseAndApproveAsync(reviewed);
        var ids = (await ListAsync(db, new EntryReportRequest(s.Today.AddDays(-1), s.Today, ClientIds: [s.Client.Id]))).Items.Select(i => i.Entry).ToList();
        var openId = (await s.GetAsync(open)).Id;
        var reviewedId = (await s.GetAsync(reviewed)).Id;

        var states = await db.WithTickets((ITicketEntryReports r) => r.GetTicketStatesAsync([openId, reviewedId, Guid.NewGuid()], CancellationToken.None));

        Assert.Single(ids);
        Assert.Equal(2, states.Count);
        Assert.Equal(TicketState.Open, states[openId]);
        Assert.Equal(TicketState.Reviewed, states[reviewedId]);
    }
}
