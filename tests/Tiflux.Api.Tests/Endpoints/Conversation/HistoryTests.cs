using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>GET /tickets/{n}/histories (service-desk.md §5.5, §9.9).</summary>
[Collection(ConversationTestGroup.Name)]
public sealed class HistoryTests(ApiFixture fixture)
{
    private static readonly string[] Fields = ["id", "_created_at", "_operation", "_type", "_type_id_attr", "action", "action_details", "changes", "user"];

    [Fact]
    public async Task History_of_is_required_and_must_be_0_or_1()
    {
        using var api = fixture.Client(Groups.Technician);
        var missing = (await api.GetAsync($"/tickets/{fixture.OpenTicket}/histories")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "history_of");
        Assert.Equal(["can't be blank", "is not a number"], missing);
        Assert.Equal(["is not a number"], (await api.GetAsync($"/tickets/{fixture.OpenTicket}/histories?history_of=x")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "history_of"));
        (await api.GetAsync($"/tickets/{fixture.OpenTicket}/histories?history_of=2")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "history_of");
        (await api.GetAsync($"/tickets/{fixture.OpenTicket}/histories?history_of=1&operation=moved")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "operation");
        (await api.GetAsync("/tickets/999999/histories?history_of=0")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Ticket_changes_and_time_entries_are_separate_histories_with_field_changes()
    {
        var number = await World.NewTicketAsync(fixture, "Histórico");
        using var api = fixture.Client(Groups.Admin);
        (await api.PutAsync($"/tickets/{number}", new { title = "Histórico renomeado" })).Expect(HttpStatusCode.OK);
        var (service, _) = await World.ServiceTypesAsync(api, number);
        var entry = (await api.PostAsync($"/tickets/{number}/appointments", new
        {
            date = World.Yesterday, init_time = "09:00", end_time = "10:00", description = "Diagnóstico", attendance = 2, attendance_kind = 1, loose_service_id = service,
        })).Expect(HttpStatusCode.Created);

        var ticket = (await api.GetAsync($"/tickets/{number}/histories?history_of=0&limit=200")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(ticket);
        Assert.Equal(rows.Count, ticket.TotalItems);
        Assert.DoesNotContain(rows, r => Shape.Str(r, "_type") == "appointment");
        var renamed = rows.First(r => Shape.Arr(Shape.Obj(r, "changes"), "fields").EnumerateArray().Any(f => f.GetString() == "title"));
        Shape.Has(renamed, Fields);
        Assert.Equal("updated", Shape.Str(renamed, "_operation"));
        Assert.Equal("Histórico renomeado", Shape.Str(Shape.Obj(Shape.Obj(renamed, "changes"), "new_values"), "title"));
        Assert.Equal("Histórico", Shape.Str(Shape.Obj(Shape.Obj(renamed, "changes"), "old_values"), "title"));
        Shape.Has(Shape.Obj(renamed, "user"), "id", "name", "email");
        Shape.DateTime(renamed, "_created_at");

        var entries = (await api.GetAsync($"/tickets/{number}/histories?history_of=1")).Expect(HttpStatusCode.OK);
        var created = Assert.Single(Shape.Items(entries));
        Assert.Equal("appointment", Shape.Str(created, "_type"));
        Assert.Equal("created", Shape.Str(created, "_operation"));
        Assert.Equal(Shape.Int(entry.Json, "id"), Shape.Int(created, "_type_id_attr"));
        Assert.Equal(1, (await api.GetAsync($"/tickets/{number}/histories?history_of=1&type_id_attr={Shape.Int(entry.Json, "id")}&operation=created")).Expect(HttpStatusCode.OK).TotalItems);
        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/histories?history_of=1&operation=deleted")).Expect(HttpStatusCode.OK).TotalItems);
        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/histories?history_of=1&type_id_attr=999999")).Expect(HttpStatusCode.OK).TotalItems);
    }

    [Fact]
    public async Task Portal_users_get_no_history()
    {
        using var portal = fixture.Client(Groups.Client);
        (await portal.GetAsync($"/tickets/{fixture.OpenTicket}/histories?history_of=0")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
    }
}
