using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class TicketTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    [Fact]
    public async Task Create_NumbersTicketsSequentially()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);

        var first = await s.TicketAsync(desk);
        var second = await s.TicketAsync(desk);

        Assert.True(first >= 1000);
        Assert.True(second > first);
    }

    [Fact]
    public async Task Create_ForUnknownClientOrDeskNotServingIt_IsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var other = db.Contracts.AddClient("Outro");
        var deskId = await db.WithTickets(async (ITicketSetup t) => (await t.SaveDeskAsync(
            new SaveDeskRequest(null, "Exclusiva " + Guid.NewGuid().ToString("N")[..6], ["A"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["N"], [other.Id], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false), CancellationToken.None)).Value);

        var unknown = await db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("x", "", Guid.CreateVersion7(), deskId, null, null, null, "Ana", null, null), Scenario.Tech, CancellationToken.None));
        var notServed = await db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("x", "", s.Client.Id, deskId, null, null, null, "Ana", null, null), Scenario.Tech, CancellationToken.None));

        Assert.Contains(unknown.Errors, e => e.Field == "ClientId");
        Assert.Contains(notServed.Errors, e => e.Field == "DeskId" && e.Message == "Esta mesa não atende o cliente escolhido.");
    }

    [Fact]
    public async Task Create_WithResource_CopiesItsGroup()
    {
        var s = await Scenario.CreateAsync(db);
        var resource = db.Contracts.AddResource(s.Client.Id, "Servidor DELL", "Matriz");
        var desk = await s.DeskAsync(false);

        var created = await db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("Disco cheio", "", s.Client.Id, desk, null, null, null, "Ana", null, resource.Id), Scenario.Tech, CancellationToken.None));

        var ticket = await s.GetAsync(created.Value);
        Assert.Equal(resource.ResourceGroupId, ticket.ResourceGroupId);
        Assert.Equal("Matriz", ticket.ResourceGroupName);
    }

    [Fact]
    public async Task Update_RecordsEveryChangeInTheHistory()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        var ticket = await s.GetAsync(number);
        var stage = ticket.Desk.Stages[1];

        var result = await db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(number, "Computador não liga (fonte)", ticket.Description, stage.Id, ticket.StatusId, ticket.PriorityId,
                null, null, "Ana", "ana@cliente.example", null),
            Scenario.Tech,
            CancellationToken.None));

        Assert.True(result.IsSuccess);
        var last = (await s.GetAsync(number)).History[^1];
        Assert.Equal(Scenario.Tech.Name, last.UserName);
        Assert.Contains("Título", last.What, StringComparison.Ordinal);
        Assert.Contains("Estágio: “Triagem” → “Atendimento”", last.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithClosedStatusWhileOpen_IsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        var ticket = await s.GetAsync(number);
        var closed = ticket.Desk.Statuses.Single(x => x.Kind == StatusKind.Closed);

        var result = await db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(number, ticket.Title, "", ticket.StageId, closed.Id, ticket.PriorityId, null, null, "Ana", null, null),
            Scenario.Tech, CancellationToken.None));

        Assert.Contains(result.Errors, e => e.Field == "StatusId");
    }

    [Fact]
    public async Task SaveDesk_RenamingKeepsIdsAndRemovingAUsedStageIsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var deskId = await s.DeskAsync(false);
        await s.TicketAsync(deskId);
        var desk = (await db.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == deskId);
        SaveDeskRequest Request(params string[] stages) => new(
            deskId, desk.Name, stages, [.. desk.Statuses.Select(x => new DeskStatusRequest(x.Name, x.Kind))], [.. desk.Priorities.Select(p => p.Name)], [],
            desk.ValuationMode, true, ReviewerKind.PermissionedUsers, 24, true);

        var removeUsed = await db.WithTickets((ITicketSetup t) => t.SaveDeskAsync(Request("Atendimento", "Concluído"), CancellationToken.None));
        var reorder = await db.WithTickets((ITicketSetup t) => t.SaveDeskAsync(Request("Triagem", "Concluído", "Atendimento", "Validação"), CancellationToken.None));

        Assert.False(removeUsed.IsSuccess);
        Assert.True(reorder.IsSuccess);
        var saved = (await db.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == deskId);
        Assert.Equal(["Triagem", "Concluído", "Atendimento", "Validação"], saved.Stages.Select(x => x.Name));
        Assert.Equal(desk.Stages[0].Id, saved.Stages[0].Id);
        Assert.True(saved.ReviewEnabled);
        Assert.Equal(24, saved.ReviewDeadlineHours);
    }

    [Fact]
    public async Task SaveDesk_WithoutAClosedStatus_IsRefused()
    {
        var result = await db.WithTickets((ITicketSetup t) => t.SaveDeskAsync(
            new SaveDeskRequest(null, "Incompleta", ["A"], [new("Aberto", StatusKind.Open)], ["N"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            CancellationToken.None));

        Assert.Contains(result.Errors, e => e.Field == "Statuses");
    }

    [Fact]
    public async Task Extra_CopiesTheCatalogValueUnlessEdited()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        var expense = db.Contracts.AddExtraExpense("Toner", 89.9m);

        var copied = await db.WithTickets((ITicketWork t) => t.SaveExtraAsync(new SaveExtraRequest(number, null, expense.Id, s.Today, 2m, null, "", null), Scenario.Tech, CancellationToken.None));
        var edited = await db.WithTickets((ITicketWork t) => t.SaveExtraAsync(new SaveExtraRequest(number, null, expense.Id, s.Today, 3m, 80m, "desconto", null), Scenario.Tech, CancellationToken.None));
        var future = await db.WithTickets((ITicketWork t) => t.SaveExtraAsync(new SaveExtraRequest(number, null, expense.Id, s.Today.AddDays(1), 1m, null, "", null), Scenario.Tech, CancellationToken.None));
        var badFile = await db.WithTickets((ITicketWork t) => t.SaveExtraAsync(
            new SaveExtraRequest(number, null, expense.Id, s.Today, 1m, null, "", new AttachmentUploadDto("x.exe", "application/pdf", [1])), Scenario.Tech, CancellationToken.None));

        Assert.True(copied.IsSuccess && edited.IsSuccess);
        Assert.Contains(future.Errors, e => e.Field == "Date");
        Assert.Contains(badFile.Errors, e => e.Field == "Attachment");
        var extras = (await s.GetAsync(number)).Extras;
        Assert.Equal([(89.9m, 179.8m), (80m, 240m)], extras.Select(x => (x.UnitValue, x.Total)));
    }

    [Fact]
    public async Task Cancel_WithRunningTimer_IsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        await db.WithTickets((ITicketWork t) => t.StartTimerAsync(number, Scenario.Tech, CancellationToken.None));

        var result = await db.WithTickets((ITicketLifecycle t) => t.CancelTicketAsync(number, Scenario.Tech, CancellationToken.None));

        Assert.False(result.IsSuccess);
        Assert.Equal(TicketState.Open, (await s.GetAsync(number)).State);
    }

    [Fact]
    public async Task List_FiltersByCreationDay_InTheOrganisationsCalendar()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));

        var today = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, From: s.Today, To: s.Today), CancellationToken.None));
        var tomorrow = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, From: s.Today.AddDays(1)), CancellationToken.None));
        var yesterday = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, To: s.Today.AddDays(-1)), CancellationToken.None));

        Assert.Equal([number], today.Items.Select(i => i.Number));
        Assert.Empty(tomorrow.Items);
        Assert.Empty(yesterday.Items);
    }

    [Fact]
    public async Task List_FiltersByStateBilledAndTechnician()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var worked = await s.TicketAsync(desk);
        var idle = await s.TicketAsync(desk);
        await s.SaveOkAsync(s.Entry(worked, 9, 10));
        await s.CloseAndApproveAsync(worked);

        var byTechnician = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, TechnicianId: s.TechnicianId), CancellationToken.None));
        var reviewed = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, Reviewed: true), CancellationToken.None));
        var open = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, State: TicketState.Open), CancellationToken.None));
        var billed = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, Billed: true), CancellationToken.None));

        Assert.Equal([worked], byTechnician.Items.Select(i => i.Number));
        Assert.Equal([worked], reviewed.Items.Select(i => i.Number));
        Assert.Equal([idle], open.Items.Select(i => i.Number));
        Assert.Empty(billed.Items);
        Assert.Equal(2, (await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(ClientId: s.Client.Id, PageSize: 1), CancellationToken.None))).TotalItems);
    }
}
