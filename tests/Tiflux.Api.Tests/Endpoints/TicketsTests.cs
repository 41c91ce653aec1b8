using System.Globalization;
using System.Net;
using System.Text.Json;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class TicketsTests(ApiFixture fixture)
{
    private static readonly string[] ListFields =
    [
        "ticket_number", "client", "created_at", "created_by_id", "created_by_way_of", "desk", "followers", "is_closed", "is_revised",
        "last_answer_type", "priority", "reopen_count", "requestor", "responsible", "services_catalog", "sla_info", "stage", "status", "title",
        "updated_at", "updated_by_id",
    ];

    private static readonly string[] SlaFields =
        ["attend_expiration", "attend_sla", "attend_sla_solution", "solve_expiration", "solved_in_time", "stage_expiration", "stopped"];

    private static readonly string[] RequestorFields = ["id", "email", "name", "ramal", "telephone"];

    private static readonly string[] DetailFields =
    [
        "ticket_number", "checklists_summary", "client", "closed_ticket_total_spent_solving", "created_at", "created_by_id", "created_by_way_of",
        "created_with_ai", "custom_fields", "description", "desk", "equipment", "feedback", "followers", "is_closed", "is_duplicating", "is_grouped",
        "is_revised", "last_answer_type", "last_reopen_date", "priority", "priority_change_reason", "reopen_count", "requestor", "responsible",
        "services_catalog", "sla_info", "stage", "status", "ticket_children", "ticket_reference", "title", "updated_at", "updated_by_id",
        "url_external_path", "url_internal_path", "worked_hours",
    ];

    private static readonly string[] ChecklistFields = ["total", "pending", "required_pending", "missing_required_checklists", "blocks_close"];

    private static readonly string[] ResponsibleFields = ["id", "_type", "active", "email", "gauth_enabled", "last_login_at", "name", "technical_group_id"];

    private static readonly string[] StatusFields = ["id", "default_canceled", "default_close", "default_open", "name"];

    private static readonly string[] StageFields = ["id", "first_stage", "last_stage", "max_time", "name"];

    private static readonly string[] DeskFields = ["id", "active", "appointment_type", "display_name", "name"];

    private static readonly string[] EquipmentFields = ["id", "name", "group_id", "user_id"];

    [Fact]
    public async Task List_items_have_the_documented_shape()
    {
        using var api = fixture.Client(Groups.Technician);
        var response = (await api.GetAsync("/tickets?limit=200")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(response);
        Assert.Equal(rows.Count, response.TotalItems);
        var ticket = rows.Single(t => t.GetProperty("ticket_number").GetInt32() == fixture.OpenTicket);
        Shape.Has(ticket, ListFields);
        Assert.Equal(World.ClientName, Shape.IdName(ticket, "client").Name);
        Shape.DateTime(ticket, "created_at");
        Shape.IntOrNull(ticket, "created_by_id");
        Shape.Str(ticket, "created_by_way_of");
        Assert.Equal(World.DeskName, Shape.IdName(ticket, "desk").Name);
        Shape.StrOrNull(ticket, "followers");
        Assert.False(Shape.Bool(ticket, "is_closed"));
        Assert.False(Shape.Bool(ticket, "is_revised"));
        Shape.StrOrNull(ticket, "last_answer_type");
        Shape.ObjOrNull(ticket, "priority");
        Assert.Equal(0, Shape.Int(ticket, "reopen_count"));
        var requestor = Shape.Obj(ticket, "requestor");
        Shape.Has(requestor, RequestorFields);
        Assert.Equal("Joana", Shape.Str(requestor, "name"));
        Assert.Equal("joana@cliente.example", Shape.StrOrNull(requestor, "email"));
        Assert.Equal(ApiFixture.TechnicianName, Shape.IdName(ticket, "responsible").Name);
        var sla = Shape.Obj(ticket, "sla_info");
        Shape.Has(sla, SlaFields);
        Shape.Bool(sla, "stopped");
        Assert.Equal("Triagem", Shape.IdName(ticket, "stage").Name);
        Assert.Equal("Aberto", Shape.IdName(ticket, "status").Name);
        Assert.Equal("Impressora fiscal sem comunicação", Shape.Str(ticket, "title"));
        Shape.DateTime(ticket, "updated_at");
    }

    [Fact]
    public async Task Filter_by_selects_open_closed_canceled_or_all()
    {
        var canceled = await World.NewTicketAsync(fixture, "Ticket para cancelar na listagem");
        using var api = fixture.Client(Groups.Admin);
        (await api.PutAsync($"/tickets/{canceled}/cancel")).Expect(HttpStatusCode.OK);

        var open = (await api.GetAsync("/tickets?limit=200")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.OpenTicket, World.Numbers(open));
        Assert.DoesNotContain(fixture.ReviewedTicket, World.Numbers(open));
        Assert.DoesNotContain(canceled, World.Numbers(open));
        Assert.All(Shape.Items(open), t => Assert.False(t.GetProperty("is_closed").GetBoolean()));
        Assert.Equal(World.Numbers(open), World.Numbers((await api.GetAsync("/tickets?limit=200&filter_by=open")).Expect(HttpStatusCode.OK)));

        var closed = (await api.GetAsync("/tickets?limit=200&filter_by=closed")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.ReviewedTicket, World.Numbers(closed));
        Assert.DoesNotContain(fixture.OpenTicket, World.Numbers(closed));
        Assert.DoesNotContain(canceled, World.Numbers(closed));
        Assert.All(Shape.Items(closed), t => Assert.True(t.GetProperty("is_closed").GetBoolean()));
        var reviewed = Shape.Items(closed).Single(t => t.GetProperty("ticket_number").GetInt32() == fixture.ReviewedTicket);
        Assert.True(Shape.Bool(reviewed, "is_revised"));

        var cancelled = (await api.GetAsync("/tickets?limit=200&filter_by=canceled")).Expect(HttpStatusCode.OK);
        Assert.Contains(canceled, World.Numbers(cancelled));
        Assert.DoesNotContain(fixture.OpenTicket, World.Numbers(cancelled));
        Assert.Equal("Cancelado", Shape.Items(cancelled).Single(t => t.GetProperty("ticket_number").GetInt32() == canceled).GetProperty("status").GetProperty("name").GetString());

        var all = (await api.GetAsync("/tickets?limit=200&filter_by=all")).Expect(HttpStatusCode.OK);
        Assert.Contains(canceled, World.Numbers(all));
        Assert.Contains(fixture.OpenTicket, World.Numbers(all));
        Assert.Contains(fixture.ReviewedTicket, World.Numbers(all));
        Assert.Equal(all.TotalItems, open.TotalItems + closed.TotalItems + cancelled.TotalItems);
    }

    [Fact]
    public async Task Is_closed_is_honoured_and_filter_by_wins()
    {
        using var api = fixture.Client(Groups.Admin);
        var closed = (await api.GetAsync("/tickets?limit=200&is_closed=true")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.ReviewedTicket, World.Numbers(closed));
        Assert.DoesNotContain(fixture.OpenTicket, World.Numbers(closed));
        var open = (await api.GetAsync("/tickets?limit=200&is_closed=false")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.OpenTicket, World.Numbers(open));
        var wins = (await api.GetAsync("/tickets?limit=200&filter_by=open&is_closed=true")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.OpenTicket, World.Numbers(wins));
        Assert.DoesNotContain(fixture.ReviewedTicket, World.Numbers(wins));
        (await api.GetAsync("/tickets?is_closed=1")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "is_closed");
    }

    [Fact]
    public async Task Invalid_filter_by_has_the_documented_text()
    {
        using var api = fixture.Client(Groups.Admin);
        var error = (await api.GetAsync("/tickets?filter_by=invalid")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "filter_by");
        Assert.Equal("invalid is not a valid option. Filter by must be 'open', 'closed', 'canceled' or 'all'", Assert.Single(error));
        var end = (await api.GetAsync("/tickets?start_datetime=2020-01-01T00:00:00Z&end_datetime=2019-01-01T00:00:00Z"))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "end_datetime");
        Assert.Equal("must be greater than :start_datetime (2020-01-01)", Assert.Single(end));
        var way = (await api.GetAsync("/tickets?created_by_way_of=13")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "created_by_way_of");
        Assert.Equal("must be less than or equal to 12", Assert.Single(way));
    }

    [Fact]
    public async Task Desk_and_client_ids_filter_the_list()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);
        var other = await World.ClientIdAsync(api, World.OtherClientName);
        var desk = await World.DeskIdAsync(api);

        var mine = (await api.GetAsync($"/tickets?filter_by=all&limit=200&client_ids={client}")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.OpenTicket, World.Numbers(mine));
        Assert.DoesNotContain(fixture.OtherClientTicket, World.Numbers(mine));
        Assert.All(Shape.Items(mine), t => Assert.Equal(client, t.GetProperty("client").GetProperty("id").GetInt32()));

        var both = (await api.GetAsync($"/tickets?filter_by=all&limit=200&client_ids={client},{other}")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.OtherClientTicket, World.Numbers(both));
        Assert.Contains(fixture.OpenTicket, World.Numbers(both));

        var byDesk = (await api.GetAsync($"/tickets?filter_by=all&limit=200&desk_ids={desk}")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.OtherClientTicket, World.Numbers(byDesk));
        Assert.All(Shape.Items(byDesk), t => Assert.Equal(desk, t.GetProperty("desk").GetProperty("id").GetInt32()));
        var noDesk = (await api.GetAsync("/tickets?filter_by=all&desk_ids=999999")).Expect(HttpStatusCode.OK);
        Assert.Empty(Shape.Items(noDesk));
        Assert.Equal(0, noDesk.TotalItems);
    }

    [Fact]
    public async Task Group_by_month_answers_buckets()
    {
        using var api = fixture.Client(Groups.Admin);
        var total = (await api.GetAsync("/tickets?filter_by=all&limit=1")).Expect(HttpStatusCode.OK).TotalItems;
        var body = (await api.GetAsync("/tickets?filter_by=all&group_by=month")).Expect(HttpStatusCode.OK).Json;
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal("month", Shape.Str(body, "group_by"));
        Assert.Equal("created_at", Shape.Str(body, "date_type"));
        Assert.Equal(total, Shape.Int(body, "total"));
        var buckets = Shape.Arr(body, "buckets").EnumerateArray().ToList();
        Assert.NotEmpty(buckets);
        Assert.All(buckets, b =>
        {
            Assert.Matches(@"^\d{4}-\d{2}$", Shape.Str(b, "period"));
            Assert.True(Shape.Int(b, "count") > 0);
        });
        Assert.Equal(total, buckets.Sum(b => b.GetProperty("count").GetInt32()));
        var thisMonth = DateTime.UtcNow.AddHours(-3).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Contains(buckets, b => b.GetProperty("period").GetString() == thisMonth);

        var byDesk = (await api.GetAsync("/tickets?filter_by=all&group_by=desk")).Expect(HttpStatusCode.OK).Json;
        Assert.Contains(Shape.Arr(byDesk, "buckets").EnumerateArray(), b => b.GetProperty("period").GetString() == World.DeskName);
        (await api.GetAsync("/tickets?group_by=year")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "group_by");
    }

    [Fact]
    public async Task Portal_user_sees_only_its_client_tickets()
    {
        using var api = fixture.Client(Groups.Client);
        var all = (await api.GetAsync("/tickets?filter_by=all&limit=200")).Expect(HttpStatusCode.OK);
        Assert.Contains(fixture.OpenTicket, World.Numbers(all));
        Assert.DoesNotContain(fixture.OtherClientTicket, World.Numbers(all));
        Assert.All(Shape.Items(all), t => Assert.Equal(World.ClientName, t.GetProperty("client").GetProperty("name").GetString()));

        using var admin = fixture.Client(Groups.Admin);
        var other = await World.ClientIdAsync(admin, World.OtherClientName);
        Assert.Empty(Shape.Items((await api.GetAsync($"/tickets?filter_by=all&client_ids={other}")).Expect(HttpStatusCode.OK)));

        var error = (await api.GetAsync($"/tickets/{fixture.OtherClientTicket}")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal($"Couldn't find ServiceDesk::Ticket with ticket_number = {fixture.OtherClientTicket}", Assert.Single(error));
        var own = (await api.GetAsync($"/tickets/{fixture.OpenTicket}")).Expect(HttpStatusCode.OK);
        Assert.Equal(fixture.OpenTicket, own["ticket_number"].GetInt32());
    }

    [Fact]
    public async Task Detail_has_every_documented_field()
    {
        using var api = fixture.Client(Groups.Admin);
        var t = (await api.GetAsync($"/tickets/{fixture.ReviewedTicket}")).Expect(HttpStatusCode.OK).Json;
        AssertDetail(t);
        Assert.Equal(fixture.ReviewedTicket, Shape.Int(t, "ticket_number"));
        Assert.Equal("Servidor parado", Shape.Str(t, "title"));
        Assert.True(Shape.Bool(t, "is_closed"));
        Assert.True(Shape.Bool(t, "is_revised"));
        Assert.Equal("04:00", Shape.Duration(t, "worked_hours"));
        var client = Shape.Obj(t, "client");
        Assert.Equal(World.ClientName, Shape.Str(client, "name"));
        Assert.Equal("Padaria Pão Quente Ltda", Shape.Str(client, "social"));
        Assert.True(Shape.Bool(client, "status"));
        Assert.Equal(await World.ClientIdAsync(api), Shape.Int(client, "id"));
        var status = Shape.Obj(t, "status");
        Assert.Equal("Fechado", Shape.Str(status, "name"));
        Assert.True(Shape.Bool(status, "default_close"));
        Assert.False(Shape.Bool(status, "default_open"));
        var stage = Shape.Obj(t, "stage");
        Assert.Equal("Resolvido", Shape.Str(stage, "name"));
        Assert.True(Shape.Bool(stage, "last_stage"));
        var responsible = Shape.Obj(t, "responsible");
        Assert.Equal(ApiFixture.TechnicianName, Shape.Str(responsible, "name"));
        Assert.Equal("Appointments with Valorization", Shape.Str(Shape.Obj(t, "desk"), "appointment_type"));
        Assert.Equal(JsonValueKind.Object, Shape.Field(t, "feedback").ValueKind);
        Assert.Contains(fixture.ReviewedTicket.ToString(CultureInfo.InvariantCulture), Shape.Str(t, "url_internal_path"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_errors_are_documented()
    {
        using var api = fixture.Client(Groups.Admin);
        var missing = (await api.GetAsync("/tickets/999999")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find ServiceDesk::Ticket with ticket_number = 999999", Assert.Single(missing));
        Assert.Contains("must be greater than 0", (await api.GetAsync("/tickets/0")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "ticket_number"));
        Assert.Contains("is not a number", (await api.GetAsync("/tickets/abc")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "ticket_number"));
    }

    [Fact]
    public async Task Create_as_multipart_answers_201_with_the_wrapped_ticket()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);
        var desk = await World.DeskIdAsync(api);
        var priority = await World.PriorityIdAsync(api, desk, "Alta");
        using var request = api.Request(HttpMethod.Post, "/tickets");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Sistema fora do ar"), "title" },
            { new StringContent("<p>Desde as 8h</p>"), "description" },
            { new StringContent(client.ToString(CultureInfo.InvariantCulture)), "client_id" },
            { new StringContent(desk.ToString(CultureInfo.InvariantCulture)), "desk_id" },
            { new StringContent(priority.ToString(CultureInfo.InvariantCulture)), "priority_id" },
            { new StringContent("Carlos"), "requestor_name" },
            { new StringContent("carlos@padaria.example"), "requestor_email" },
        };
        request.Content = form;
        var created = (await api.SendAsync(request)).Expect(HttpStatusCode.Created);
        var ticket = Shape.Obj(created.Json, "ticket");
        AssertDetail(ticket);
        var number = Shape.Int(ticket, "ticket_number");
        Assert.Equal("Sistema fora do ar", Shape.Str(ticket, "title"));
        Assert.Equal("<p>Desde as 8h</p>", Shape.Str(ticket, "description"));
        Assert.Equal(client, Shape.Int(Shape.Obj(ticket, "client"), "id"));
        Assert.Equal(desk, Shape.Int(Shape.Obj(ticket, "desk"), "id"));
        Assert.Equal("Alta", Shape.Str(Shape.Obj(ticket, "priority"), "name"));
        Assert.Equal("Carlos", Shape.Str(Shape.Obj(ticket, "requestor"), "name"));
        Assert.False(Shape.Bool(ticket, "is_closed"));
        Assert.Equal("00:00", Shape.Duration(ticket, "worked_hours"));

        var read = (await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK);
        Assert.Equal("Sistema fora do ar", read["title"].GetString());
    }

    [Fact]
    public async Task Create_as_json_answers_201()
    {
        var number = await World.NewTicketAsync(fixture, "Criado em JSON");
        using var api = fixture.Client(Groups.Technician);
        var read = (await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK).Json;
        Assert.Equal("Criado em JSON", Shape.Str(read, "title"));
        Assert.Equal("Aberto", Shape.Str(Shape.Obj(read, "status"), "name"));
        Assert.Equal("Triagem", Shape.Str(Shape.Obj(read, "stage"), "name"));
    }

    [Fact]
    public async Task Create_validates_the_body()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);
        var desk = await World.DeskIdAsync(api);
        var before = (await api.GetAsync("/tickets?filter_by=all&limit=1")).TotalItems;

        var noDesk = (await api.PostAsync("/tickets", new { title = "Sem mesa", description = "x", client_id = client }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "desk_id");
        Assert.Contains("can't be blank", noDesk);

        var badPriority = (await api.PostAsync("/tickets", new { title = "Prioridade", description = "x", client_id = client, desk_id = desk, priority_id = 999999 }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "priority_id");
        Assert.Contains("priority not found or does not belongs to desk", badPriority);

        using var request = api.Request(HttpMethod.Post, "/tickets");
        using var form = new MultipartFormDataContent { { new StringContent("Só título"), "title" } };
        request.Content = form;
        var multipart = await api.SendAsync(request);
        Assert.Contains("can't be blank", multipart.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "desk_id"));
        Assert.Contains("can't be blank", multipart.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "client_id"));
        Assert.Equal(before, (await api.GetAsync("/tickets?filter_by=all&limit=1")).TotalItems);
    }

    [Fact]
    public async Task Portal_user_creates_for_its_own_client_only()
    {
        using var admin = fixture.Client(Groups.Admin);
        var own = await World.ClientIdAsync(admin);
        var other = await World.ClientIdAsync(admin, World.OtherClientName);
        var desk = await World.DeskIdAsync(admin);
        using var api = fixture.Client(Groups.Client);
        var created = (await api.PostAsync("/tickets", new { title = "Pelo portal", description = "x", client_id = own, desk_id = desk })).Expect(HttpStatusCode.Created);
        Assert.Equal(World.ClientName, created["ticket"].GetProperty("client").GetProperty("name").GetString());
        (await api.PostAsync("/tickets", new { title = "Alheio", description = "x", client_id = other, desk_id = desk }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "client_id");
    }

    [Fact]
    public async Task Update_changes_an_open_ticket_and_answers_the_detail()
    {
        var number = await World.NewTicketAsync(fixture, "Antes da edição");
        using var api = fixture.Client(Groups.Technician);
        var desk = await World.DeskIdAsync(api);
        var stage = Shape.Items((await api.GetAsync($"/desks/{desk}/stages")).Expect(HttpStatusCode.OK)).Single(s => s.GetProperty("name").GetString() == "Atendimento").GetProperty("id").GetInt32();
        var me = await World.UserIdAsync(api);

        var updated = (await api.PutAsync($"/tickets/{number}", new { title = "Depois da edição", stage_id = stage, responsible_id = me }))
            .Expect(HttpStatusCode.OK).Json;
        AssertDetail(updated);
        Assert.Equal(number, Shape.Int(updated, "ticket_number"));
        Assert.Equal("Depois da edição", Shape.Str(updated, "title"));
        Assert.Equal("Atendimento", Shape.Str(Shape.Obj(updated, "stage"), "name"));
        Assert.Equal(me, Shape.Int(Shape.Obj(updated, "responsible"), "id"));

        var unassigned = (await api.PutAsync($"/tickets/{number}", new { responsible_id = (int?)null })).Expect(HttpStatusCode.OK).Json;
        Shape.Null(unassigned, "responsible");
        Assert.Equal("Depois da edição", Shape.Str(unassigned, "title"));

        var badStage = (await api.PutAsync($"/tickets/{number}", new { stage_id = 999999 })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "stage_id");
        Assert.NotEmpty(badStage);
    }

    [Fact]
    public async Task Update_errors_are_documented()
    {
        using var api = fixture.Client(Groups.Admin);
        var missing = (await api.PutAsync("/tickets/999999", new { title = "x" })).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find ServiceDesk::Ticket with ticket_number = 999999", Assert.Single(missing));
        (await api.PutAsync($"/tickets/{fixture.ReviewedTicket}", new { title = "Fechado não muda" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "ticket");
        Assert.Equal("Servidor parado", (await api.GetAsync($"/tickets/{fixture.ReviewedTicket}")).Expect(HttpStatusCode.OK)["title"].GetString());
    }

    internal static void AssertDetail(JsonElement t)
    {
        Shape.Has(t, DetailFields);
        Shape.Int(t, "ticket_number");
        var checklists = Shape.Obj(t, "checklists_summary");
        Shape.Has(checklists, ChecklistFields);
        Shape.Int(checklists, "total");
        Shape.Int(checklists, "pending");
        Shape.Int(checklists, "required_pending");
        Shape.Arr(checklists, "missing_required_checklists");
        Shape.Bool(checklists, "blocks_close");
        var client = Shape.Obj(t, "client");
        Shape.Has(client, "id", "name", "social", "social_revenue", "status");
        Shape.DateTime(t, "created_at");
        Shape.IntOrNull(t, "created_by_id");
        Shape.Str(t, "created_by_way_of");
        Shape.Bool(t, "created_with_ai");
        Shape.Null(t, "custom_fields");
        Shape.Str(t, "description");
        var desk = Shape.Obj(t, "desk");
        Shape.Has(desk, DeskFields);
        Shape.Bool(desk, "active");
        Shape.Has(Shape.Obj(t, "equipment"), EquipmentFields);
        Shape.StrOrNull(t, "followers");
        Shape.Bool(t, "is_closed");
        Shape.Bool(t, "is_duplicating");
        Shape.Bool(t, "is_grouped");
        Shape.Bool(t, "is_revised");
        Shape.StrOrNull(t, "last_answer_type");
        Shape.DateTimeOrNull(t, "last_reopen_date");
        if (Shape.ObjOrNull(t, "priority") is { } priority)
        {
            Shape.Has(priority, "id", "end_time", "name", "order", "start_time");
            Shape.Int(priority, "order");
        }

        Shape.StrOrNull(t, "priority_change_reason");
        Shape.Int(t, "reopen_count");
        Shape.Has(Shape.Obj(t, "requestor"), RequestorFields);
        if (Shape.ObjOrNull(t, "responsible") is { } responsible)
        {
            Shape.Has(responsible, ResponsibleFields);
            Shape.Int(responsible, "id");
            Shape.Bool(responsible, "active");
            Shape.Bool(responsible, "gauth_enabled");
        }

        Shape.Has(Shape.Obj(t, "sla_info"), SlaFields);
        var stage = Shape.Obj(t, "stage");
        Shape.Has(stage, StageFields);
        Shape.Bool(stage, "first_stage");
        var status = Shape.Obj(t, "status");
        Shape.Has(status, StatusFields);
        Shape.Bool(status, "default_canceled");
        Shape.Arr(t, "ticket_children");
        Shape.Obj(t, "ticket_reference");
        Shape.Str(t, "title");
        Shape.DateTime(t, "updated_at");
        Shape.IntOrNull(t, "updated_by_id");
        Shape.Str(t, "url_external_path");
        Shape.Str(t, "url_internal_path");
        Shape.Duration(t, "worked_hours");
    }
}
