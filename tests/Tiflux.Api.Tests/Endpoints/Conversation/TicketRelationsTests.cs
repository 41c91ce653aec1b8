using System.Net;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>
/// POST and PUT /tickets with the issue-22 fields (api-v2.md §3.5, official-client.md §5.A1–A3, A7): followers, parent,
/// requestor, priority reason, desk transfer, files; the documented fields we cannot store are refused.
/// </summary>
[Collection(ConversationTestGroup.Name)]
public sealed class TicketRelationsTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_multipart_ticket_stores_and_echoes_followers_parent_requestor_files_and_its_api_origin()
    {
        using var api = fixture.Client(Groups.Technician);
        var parent = await World.NewTicketAsync(fixture, "Ticket pai");
        var client = await World.ClientIdAsync(api);
        var desk = await World.DeskIdAsync(api);
        var created = (await Multipart.PostAsync(api, "/tickets",
            [
                ("title", "Filho com seguidores"), ("description", "<p>Detalhes</p>"), ("client_id", $"{client}"), ("desk_id", $"{desk}"),
                ("followers", "Gerente@Padaria.example, dono@padaria.example"), ("ticket_reference_number", $"{parent}"),
                ("requestor_name", "Joana Lima"), ("requestor_email", "joana.lima@padaria.example"), ("requestor_telephone", "47 3333-4444"), ("requestor_ramal", "12"),
            ],
            ("foto.png", Multipart.Png))).Expect(HttpStatusCode.Created);

        var ticket = created["ticket"];
        var number = Shape.Int(ticket, "ticket_number");
        Assert.Equal("gerente@padaria.example,dono@padaria.example", Shape.Str(ticket, "followers"));
        Assert.Equal(parent, Shape.Int(Shape.Obj(ticket, "ticket_reference"), "ticket_number"));
        Shape.Has(Shape.Obj(ticket, "ticket_reference"), "ticket_number", "desk_id", "responsible_id", "stage_id", "status_id", "title");
        Assert.Equal("Tiflux API", Shape.Str(ticket, "created_by_way_of"));
        Assert.Equal(await World.UserIdAsync(api), Shape.Int(ticket, "created_by_id"));
        Assert.Equal(ApiFixture.TechnicianName, Shape.Str(Shape.Obj(ticket, "created_by"), "name"));
        var requestor = Shape.Obj(ticket, "requestor");
        Assert.Equal("Joana Lima", Shape.Str(requestor, "name"));
        Assert.Equal("+554733334444", Shape.Str(requestor, "telephone"));
        Assert.Equal(12, Shape.Int(requestor, "ramal"));
        Assert.Equal("foto.png", Shape.Str(Assert.Single(Shape.Items((await api.GetAsync($"/tickets/{number}/files")).Expect(HttpStatusCode.OK))), "file_name"));
        var listed = Shape.Items((await api.GetAsync("/tickets?limit=200&requestor_email=joana.lima@padaria.example")).Expect(HttpStatusCode.OK))
            .Single(t => Shape.Int(t, "ticket_number") == number);
        Assert.Equal("Tiflux API", Shape.Str(listed, "created_by_way_of"));
        Assert.Equal("gerente@padaria.example,dono@padaria.example", Shape.Str(listed, "followers"));

        var parentDetail = (await api.GetAsync($"/tickets/{parent}")).Expect(HttpStatusCode.OK);
        Assert.Contains(Shape.Arr(parentDetail.Json, "ticket_children").EnumerateArray(), c => Shape.Int(c, "ticket_number") == number);

        var unlinked = (await api.PutAsync($"/tickets/{number}", new { ticket_reference_number = (int?)null, followers = "" })).Expect(HttpStatusCode.OK);
        Assert.Equal("{}", Shape.Obj(unlinked.Json, "ticket_reference").GetRawText());
        Shape.Null(unlinked.Json, "followers");
    }

    [Fact]
    public async Task A_registered_requestor_is_copied_onto_the_ticket()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);
        var requestor = (await api.PostAsync($"/clients/{client}/requestors", new { name = "Paula Reis", email = $"paula.{Guid.NewGuid():N}@padaria.example" }))
            .Expect(HttpStatusCode.Created);
        var id = Shape.Int(requestor.Json, "id");
        var created = (await api.PostAsync("/tickets", new { title = "Com solicitante", description = "x", client_id = client, desk_id = await World.DeskIdAsync(api), requestor_id = id }))
            .Expect(HttpStatusCode.Created);
        Assert.Equal(id, Shape.Int(Shape.Obj(created["ticket"], "requestor"), "id"));
        Assert.Equal("Paula Reis", Shape.Str(Shape.Obj(created["ticket"], "requestor"), "name"));

        Assert.Equal(["requestor not found"], (await api.PostAsync("/tickets", new { title = "x", description = "x", client_id = client, desk_id = await World.DeskIdAsync(api), requestor_id = 999999 }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "requestor_id"));
        var other = await World.ClientIdAsync(api, World.OtherClientName);
        (await api.PostAsync("/tickets", new { title = "x", description = "x", client_id = other, desk_id = await World.DeskIdAsync(api), requestor_id = id }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "requestor_id");
    }

    [Fact]
    public async Task Followers_are_validated_and_the_requester_cannot_follow()
    {
        var number = await World.NewTicketAsync(fixture, "Seguidores inválidos");
        using var api = fixture.Client(Groups.Admin);
        (await api.PutAsync($"/tickets/{number}", new { followers = "ok@padaria.example,x@y@z" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "followers");
        var requester = Shape.Str(Shape.Obj((await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK).Json, "requestor"), "email");
        (await api.PutAsync($"/tickets/{number}", new { followers = requester })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "followers");

        var replaced = (await api.PutAsync($"/tickets/{number}", new { followers = "b@padaria.example,a@padaria.example,B@padaria.example" })).Expect(HttpStatusCode.OK);
        Assert.Equal("b@padaria.example,a@padaria.example", Shape.Str(replaced.Json, "followers"));
    }

    [Fact]
    public async Task A_priority_change_needs_a_reason_which_is_echoed()
    {
        var number = await World.NewTicketAsync(fixture, "Prioridade com motivo");
        using var api = fixture.Client(Groups.Admin);
        var high = await World.PriorityIdAsync(api, await World.DeskIdAsync(api), "Normal");

        (await api.PutAsync($"/tickets/{number}", new { priority_id = high })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "priority_change_reason");
        var changed = (await api.PutAsync($"/tickets/{number}", new { priority_id = high, priority_change_reason = "Cliente parado" })).Expect(HttpStatusCode.OK);
        Assert.Equal("Cliente parado", Shape.Str(changed.Json, "priority_change_reason"));
        Assert.Equal(high, Shape.IdName(changed.Json, "priority").Id);
    }

    [Fact]
    public async Task Sending_only_desk_id_transfers_to_the_new_desks_first_stage_status_and_priority()
    {
        var number = await World.NewTicketAsync(fixture, "Transferência");
        await DeskAsync("Infraestrutura", fixture.ClientId);
        await DeskAsync("Só oficina", fixture.OtherClientId);
        using var api = fixture.Client(Groups.Admin);
        var infra = await DeskIdAsync(api, "Infraestrutura");

        var moved = (await api.PutAsync($"/tickets/{number}", new { desk_id = infra })).Expect(HttpStatusCode.OK);
        Assert.Equal(infra, Shape.IdName(moved.Json, "desk").Id);
        Assert.Equal("Fila", Shape.Str(Shape.Obj(moved.Json, "stage"), "name"));
        Assert.Equal("Novo", Shape.Str(Shape.Obj(moved.Json, "status"), "name"));
        Assert.Equal("P1", Shape.Str(Shape.Obj(moved.Json, "priority"), "name"));

        var elsewhere = await DeskIdAsync(api, "Só oficina");
        (await api.PutAsync($"/tickets/{number}", new { desk_id = elsewhere })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "desk_id");
        (await api.PutAsync($"/tickets/{number}", new { desk_id = 999999 })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "desk_id");
        var back = await World.DeskIdAsync(api);
        (await api.PutAsync($"/tickets/{number}", new { desk_id = back, priority_change_reason = "não cabe" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "priority_change_reason");
        Assert.Equal(infra, Shape.IdName((await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK).Json, "desk").Id);
    }

    [Fact]
    public async Task Documented_fields_we_cannot_store_are_refused_not_dropped()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);
        var desk = await World.DeskIdAsync(api);
        (await api.PostAsync("/tickets", new { title = "Catálogo", description = "x", client_id = client, desk_id = desk, services_catalogs_item_id = 5 }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "services_catalogs_item_id");
        (await api.PostAsync("/tickets", new { title = "Grupo", description = "x", client_id = client, desk_id = desk, equipment_group_id = 5 }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "equipment_group_id");
        (await api.PostAsync("/tickets", new { title = "País", description = "x", client_id = client, desk_id = desk, requestor_telephone = "2025550123", requestor_country = "US" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "requestor_country");
        var number = await World.NewTicketAsync(fixture, "Campos recusados");
        (await api.PutAsync($"/tickets/{number}", new { stopped = true, stop_answer = "pausa" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "stopped");
        (await api.PutAsync($"/tickets/{number}", new { services_catalogs_item_id = 3 })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "services_catalogs_item_id");
        (await api.PutAsync($"/tickets/{number}", new { client_id = await World.ClientIdAsync(api, World.OtherClientName) })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "client_id");
        (await api.PutAsync($"/tickets/{number}", new { services_catalogs_item_id = (int?)null, stopped = false })).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_stage_and_status_sent_on_creation_are_applied()
    {
        using var api = fixture.Client(Groups.Admin);
        var desk = await World.DeskIdAsync(api);
        var stage = Shape.Items((await api.GetAsync($"/desks/{desk}/stages")).Expect(HttpStatusCode.OK)).Single(s => Shape.Str(s, "name") == "Atendimento");
        var created = (await api.PostAsync("/tickets", new { title = "Já em atendimento", description = "x", client_id = await World.ClientIdAsync(api), desk_id = desk, stage_id = Shape.Int(stage, "id") }))
            .Expect(HttpStatusCode.Created);
        Assert.Equal("Atendimento", Shape.Str(Shape.Obj(created["ticket"], "stage"), "name"));
        (await api.PostAsync("/tickets", new { title = "x", description = "x", client_id = await World.ClientIdAsync(api), desk_id = desk, stage_id = 999999 }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "stage_id");
    }

    private async Task DeskAsync(string name, Guid clientId)
    {
        var desks = await fixture.In<ITicketSetup, IReadOnlyList<DeskDto>>(s => s.GetDesksAsync(default));
        if (desks.Any(d => d.Name == name))
        {
            return;
        }

        var saved = await fixture.In<ITicketSetup, Result<Guid>>(s => s.SaveDeskAsync(new SaveDeskRequest(
            null, name, ["Fila", "Execução"], [new("Novo", StatusKind.Open), new("Resolvido", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["P1", "P2"], [clientId], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false), default));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }

    private static async Task<int> DeskIdAsync(ApiClient api, string name) =>
        Shape.Items((await api.GetAsync("/desks?limit=200&name=" + Uri.EscapeDataString(name))).Expect(HttpStatusCode.OK))
            .Single(d => Shape.Str(d, "name") == name).GetProperty("id").GetInt32();
}
