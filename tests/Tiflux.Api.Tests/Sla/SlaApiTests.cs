using System.Net;
using System.Text.Json;
using Tiflux.Api.Tests.Endpoints;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Sla;

/// <summary>The SLA over API v2 (service-desk.md §6, §9.11): values printed are the module's, formatted as Tiflux.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SlaApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Desk_routes_print_the_sla_settings_and_targets()
    {
        var desk = await SlaDesk.CreateAsync(fixture);
        using var api = fixture.Client(Groups.Admin);
        var detail = (await api.GetAsync($"/desks/{desk.ApiId}")).Expect(HttpStatusCode.OK).Json;
        Assert.True(Shape.Bool(detail, "desk_with_sla"));
        Assert.True(Shape.Bool(detail, "can_stop_sla"));
        Assert.Equal(95, Shape.Int(detail, "sla_goal"));
        Assert.False(Shape.Bool(detail, "ticket_with_sla_time"));

        var priorities = Shape.Items((await api.GetAsync($"/desks/{desk.ApiId}/priorities")).Expect(HttpStatusCode.OK));
        Assert.Equal([("Alta", "01:00", "04:00"), ("Normal", "02:00", "08:00")],
            priorities.Select(p => (Shape.Str(p, "name"), Shape.Str(p, "start_time"), Shape.Str(p, "end_time"))));
        var stages = Shape.Items((await api.GetAsync($"/desks/{desk.ApiId}/stages")).Expect(HttpStatusCode.OK));
        Assert.Equal([("Triagem", "00:30"), ("Atendimento", ""), ("Resolvido", "")], stages.Select(s => (Shape.Str(s, "name"), Shape.Str(s, "max_time"))));

        var plain = (await api.GetAsync($"/desks/{await World.DeskIdAsync(api)}")).Expect(HttpStatusCode.OK).Json;
        Assert.False(Shape.Bool(plain, "desk_with_sla"));
        Assert.False(Shape.Bool(plain, "can_stop_sla"));
    }

    [Fact]
    public async Task Sla_info_of_detail_and_list_is_the_module_sla()
    {
        var desk = await SlaDesk.CreateAsync(fixture);
        using var api = fixture.Client(Groups.Admin);
        var number = await desk.NewTicketAsync(fixture, api, "Servidor de arquivos fora do ar");
        var module = (await SlaDesk.TicketAsync(fixture, number)).Sla;
        Assert.True(module.Measured);
        Assert.NotNull(module.Attendance.Deadline);
        Assert.NotNull(module.Solution.Deadline);
        Assert.NotNull(module.Stage.Deadline);

        var ticket = (await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK).Json;
        AssertSlaInfo(module, Shape.Obj(ticket, "sla_info"));
        Shape.Null(Shape.Obj(ticket, "sla_info"), "desactivate_sla_reason");
        var priority = Shape.Obj(ticket, "priority");
        Assert.Equal(("01:00", "04:00"), (Shape.Str(priority, "start_time"), Shape.Str(priority, "end_time")));
        Assert.Equal("00:30", Shape.Str(Shape.Obj(ticket, "stage"), "max_time"));

        var list = (await api.GetAsync($"/tickets?desk_ids={desk.ApiId}")).Expect(HttpStatusCode.OK);
        var row = Assert.Single(Shape.Items(list));
        AssertSlaInfo(module, Shape.Obj(row, "sla_info"));
        Assert.False(Shape.Obj(row, "sla_info").TryGetProperty("desactivate_sla_reason", out _));
    }

    [Fact]
    public async Task Stopped_pauses_and_resumes_and_closing_while_stopped_is_42206()
    {
        var desk = await SlaDesk.CreateAsync(fixture);
        using var api = fixture.Client(Groups.Admin);
        var number = await desk.NewTicketAsync(fixture, api, "Aguardando peça do fornecedor");

        (await api.PutAsync($"/tickets/{number}", new { stopped = true })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "stop_answer");
        Assert.False((await SlaDesk.TicketAsync(fixture, number)).Sla.Paused);

        var paused = (await api.PutAsync($"/tickets/{number}", new { stopped = true, stop_answer = "Aguardando peça" })).Expect(HttpStatusCode.OK).Json;
        Assert.True(Shape.Bool(Shape.Obj(paused, "sla_info"), "stopped"));
        var module = (await SlaDesk.TicketAsync(fixture, number)).Sla;
        Assert.True(module.Paused);
        Assert.Equal("Aguardando peça", module.PauseReason);

        (await api.PutAsync($"/tickets/{number}", new { stopped = true, stop_answer = "De novo" })).Expect(HttpStatusCode.OK);
        Assert.Equal("Aguardando peça", (await SlaDesk.TicketAsync(fixture, number)).Sla.PauseReason);

        var refusal = (await api.PutAsync($"/tickets/{number}/close")).ExpectError(HttpStatusCode.UnprocessableEntity, 42206, "stopped");
        Assert.Equal("Unable to close ticket with stopped SLA", Assert.Single(refusal));

        var resumed = (await api.PutAsync($"/tickets/{number}", new { stopped = false })).Expect(HttpStatusCode.OK).Json;
        Assert.False(Shape.Bool(Shape.Obj(resumed, "sla_info"), "stopped"));
        Assert.False((await SlaDesk.TicketAsync(fixture, number)).Sla.Paused);

        (await api.PutAsync($"/tickets/{number}/close")).Expect(HttpStatusCode.OK);
        var closed = await SlaDesk.TicketAsync(fixture, number);
        var info = Shape.Obj((await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK).Json, "sla_info");
        Assert.Equal(SlaDesk.Instant(closed.ClosedAt), Shape.StrOrNull(info, "solved_in_time"));
        Assert.NotNull(Shape.StrOrNull(info, "solved_in_time"));
        AssertSlaInfo(closed.Sla, info);
    }

    [Fact]
    public async Task Stopping_on_a_desk_without_sla_is_refused_on_stopped()
    {
        using var api = fixture.Client(Groups.Admin);
        var number = await World.NewTicketAsync(fixture, "Mesa sem SLA");
        (await api.PutAsync($"/tickets/{number}", new { stopped = true, stop_answer = "pausa" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "stopped");
        (await api.PutAsync($"/tickets/{number}", new { stopped = false })).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Stages_slas_lists_the_passages_newest_first()
    {
        var desk = await SlaDesk.CreateAsync(fixture);
        using var api = fixture.Client(Groups.Admin);
        var number = await desk.NewTicketAsync(fixture, api, "Troca de switch");
        (await api.PutAsync($"/tickets/{number}", new { stage_id = await desk.StageApiIdAsync(api, "Atendimento") })).Expect(HttpStatusCode.OK);

        var response = (await api.GetAsync($"/tickets/{number}/stages-slas")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(response);
        Assert.Equal(2, response.TotalItems);
        Assert.Equal(["Atendimento", "Triagem"], rows.Select(r => Shape.IdName(r, "stage").Name));
        var me = await World.UserIdAsync(api);
        var triagem = rows[1];
        Shape.Has(triagem, "id", "attended_at", "attended_by", "created_at", "created_by", "desk", "duration_in_expedient", "expiration", "sla_attended", "stage");
        Assert.Equal((desk.ApiId, desk.Name), Shape.IdName(triagem, "desk"));
        Assert.Equal(me, Shape.IdName(triagem, "created_by").Id);
        Assert.Matches(@"^\d{2,}:\d{2}$", Shape.Str(triagem, "duration_in_expedient"));
        Assert.True(Shape.Bool(triagem, "sla_attended"));
        var passages = (await fixture.In<ITicketSla, Tiflux.SharedKernel.Result<Tiflux.SharedKernel.PagedList<TicketStageSlaDto>>>(
            s => s.ListStageSlasAsync(number, 1, 10, default))).Value.Items;
        Assert.Equal(SlaDesk.Instant(passages[1].Expiration), Shape.StrOrNull(triagem, "expiration"));
        Assert.NotNull(Shape.StrOrNull(triagem, "expiration"));
        Assert.Null(Shape.StrOrNull(rows[0], "expiration"));
        Assert.NotEqual(Shape.Int(rows[0], "id"), Shape.Int(triagem, "id"));

        var page = (await api.GetAsync($"/tickets/{number}/stages-slas?limit=1&offset=2")).Expect(HttpStatusCode.OK);
        Assert.Equal("Triagem", Shape.IdName(Assert.Single(Shape.Items(page)), "stage").Name);
        Assert.Equal(2, page.TotalItems);
        (await api.GetAsync("/tickets/999999/stages-slas")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await api.GetAsync($"/tickets/{number}/stages-slas?limit=0")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "limit");
    }

    [Fact]
    public async Task Sla_expiring_before_selects_open_unpaused_tickets_by_solution_deadline()
    {
        var desk = await SlaDesk.CreateAsync(fixture);
        using var api = fixture.Client(Groups.Admin);
        var running = await desk.NewTicketAsync(fixture, api, "Link de internet instável");
        var stopped = await desk.NewTicketAsync(fixture, api, "Aguardando o cliente");
        (await api.PutAsync($"/tickets/{stopped}", new { stopped = true, stop_answer = "Cliente viajando" })).Expect(HttpStatusCode.OK);
        var deadline = (await SlaDesk.TicketAsync(fixture, running)).Sla.Solution.Deadline!.Value;

        var after = SlaDesk.Instant(deadline.AddMinutes(1));
        var selected = (await api.GetAsync($"/tickets?desk_ids={desk.ApiId}&sla_expiring_before={Uri.EscapeDataString(after!)}")).Expect(HttpStatusCode.OK);
        Assert.Equal([running], World.Numbers(selected));
        var before = SlaDesk.Instant(deadline.AddMinutes(-1));
        Assert.Empty(World.Numbers((await api.GetAsync($"/tickets?desk_ids={desk.ApiId}&sla_expiring_before={Uri.EscapeDataString(before!)}")).Expect(HttpStatusCode.OK)));
        // The same instant written in São Paulo time (−03:00), as a Brazilian caller sends it, selects the same ticket.
        var local = deadline.AddMinutes(1).ToOffset(TimeSpan.FromHours(-3)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([running], World.Numbers((await api.GetAsync($"/tickets?desk_ids={desk.ApiId}&sla_expiring_before={Uri.EscapeDataString(local)}")).Expect(HttpStatusCode.OK)));

        (await api.GetAsync("/tickets?sla_expiring_before=amanh%C3%A3")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "sla_expiring_before");
    }

    private static void AssertSlaInfo(TicketSlaDto module, JsonElement info)
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(SlaDesk.Instant(module.Attendance.Deadline), Shape.StrOrNull(info, "attend_expiration"));
        Assert.Equal(SlaDesk.Instant(module.Solution.Deadline), Shape.StrOrNull(info, "solve_expiration"));
        Assert.Equal(SlaDesk.Instant(module.Stage.Deadline), Shape.StrOrNull(info, "stage_expiration"));
        Assert.Equal(module.Attendance.InTime(now, module), Shape.Bool(info, "attend_sla"));
        Assert.Equal(module.Solution.InTime(now, module), Shape.Bool(info, "attend_sla_solution"));
        Assert.Equal(module.Paused, Shape.Bool(info, "stopped"));
    }
}
