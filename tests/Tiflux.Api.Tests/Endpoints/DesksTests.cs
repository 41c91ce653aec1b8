using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class DesksTests(ApiFixture fixture)
{
    private static readonly string[] ListFields = ["id", "active", "appointment_type", "display_name", "name"];

    private static readonly string[] DetailFields =
    [
        "id", "active", "add_ticket_feedback", "appointment_type", "attendance_type", "behavior_billed_tickets", "behavior_not_billed_tickets",
        "can_reopen_revised_tickets", "can_stop_sla", "cancelable_tickets", "default_revised", "description", "desk_exchange", "desk_with_sla",
        "display_name", "internal_desk", "name", "only_attendants_can_open", "receiving_new_tickets", "reminder", "require_service_catalog_open_ticket",
        "required_fields", "review_type", "services_catalog_item", "sla_goal", "summary", "ticket_review", "ticket_with_sla_time",
        "time_limit_to_reopening", "user_without_access_create_ticket",
    ];

    private static readonly string[] BoolFields =
    [
        "active", "add_ticket_feedback", "can_reopen_revised_tickets", "can_stop_sla", "cancelable_tickets", "desk_exchange", "desk_with_sla",
        "internal_desk", "only_attendants_can_open", "receiving_new_tickets", "reminder", "require_service_catalog_open_ticket",
        "services_catalog_item", "summary", "ticket_review", "ticket_with_sla_time", "user_without_access_create_ticket",
    ];

    private static readonly string[] StringFields =
        ["appointment_type", "attendance_type", "behavior_billed_tickets", "behavior_not_billed_tickets", "default_revised", "description", "display_name", "name", "review_type", "time_limit_to_reopening"];

    private static readonly string[] RequiredFields =
        ["equipment_id", "requestor_name", "requestor_email", "requestor_telephone", "requestor_ramal", "attachment_file"];

    private static readonly string[] StageNames = ["Triagem", "Atendimento", "Resolvido"];

    private static readonly int[] OneTwoThree = [1, 2, 3];

    private static readonly int[] OneTwo = [1, 2];

    private static readonly bool[] FirstOnly = [true, false, false];

    private static readonly bool[] LastOnly = [false, false, true];

    private static readonly string[] PriorityNames = ["Alta", "Normal"];

    [Fact]
    public async Task List_has_the_documented_shape()
    {
        using var api = fixture.Client(Groups.Technician);
        var response = (await api.GetAsync("/desks?limit=200")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(response);
        Assert.Equal(rows.Count, response.TotalItems);
        var desk = rows.Single(d => d.GetProperty("name").GetString() == World.DeskName);
        Shape.Has(desk, ListFields);
        Shape.Int(desk, "id");
        Assert.True(Shape.Bool(desk, "active"));
        Assert.Equal("Appointments with Valorization", Shape.Str(desk, "appointment_type"));
        Assert.Equal(World.DeskName, Shape.Str(desk, "display_name"));
    }

    [Fact]
    public async Task List_filters_by_active_and_name()
    {
        using var api = fixture.Client(Groups.Admin);
        var inactive = (await api.GetAsync("/desks?active=false")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain(Shape.Items(inactive), d => d.GetProperty("name").GetString() == World.DeskName);
        var byName = Shape.Items((await api.GetAsync("/desks?name=suport")).Expect(HttpStatusCode.OK));
        Assert.Contains(byName, d => d.GetProperty("name").GetString() == World.DeskName);
        Assert.Empty(Shape.Items((await api.GetAsync("/desks?name=nenhuma-mesa-assim")).Expect(HttpStatusCode.OK)));
        (await api.GetAsync("/desks?active=sim")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "active");
    }

    [Fact]
    public async Task Detail_has_every_documented_field()
    {
        using var api = fixture.Client(Groups.Admin);
        var id = await World.DeskIdAsync(api);
        var desk = (await api.GetAsync($"/desks/{id}")).Expect(HttpStatusCode.OK).Json;
        Shape.Has(desk, DetailFields);
        Assert.Equal(id, Shape.Int(desk, "id"));
        foreach (var field in BoolFields)
        {
            Shape.Bool(desk, field);
        }

        foreach (var field in StringFields)
        {
            Shape.Str(desk, field);
        }

        Shape.Int(desk, "sla_goal");
        var required = Shape.Obj(desk, "required_fields");
        foreach (var field in RequiredFields)
        {
            Shape.Bool(required, field);
        }

        Assert.Equal(World.DeskName, Shape.Str(desk, "name"));
        Assert.Equal("Appointments with Valorization", Shape.Str(desk, "appointment_type"));
        Assert.True(Shape.Bool(desk, "ticket_review"));
        Assert.Equal("review_submitter_manager", Shape.Str(desk, "review_type"));
        Assert.Equal("3 day(s)", Shape.Str(desk, "default_revised"));
        Assert.EndsWith(" day(s)", Shape.Str(desk, "time_limit_to_reopening"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_desk_is_404_with_the_documented_text()
    {
        using var api = fixture.Client(Groups.Admin);
        foreach (var path in new[] { "/desks/999999", "/desks/999999/stages", "/desks/999999/priorities" })
        {
            var error = (await api.GetAsync(path)).ExpectError(HttpStatusCode.NotFound, 40401, "error");
            Assert.Equal("Couldn't find ServiceDesk::Desk with 'id'=\"999999\"", Assert.Single(error));
        }
    }

    [Fact]
    public async Task Stages_are_ordered_with_first_and_last_flags()
    {
        using var api = fixture.Client(Groups.Technician);
        var id = await World.DeskIdAsync(api);
        var response = (await api.GetAsync($"/desks/{id}/stages")).Expect(HttpStatusCode.OK);
        var stages = Shape.Items(response);
        Assert.Equal(3, response.TotalItems);
        Assert.Equal(StageNames, stages.Select(s => Shape.Str(s, "name")));
        Assert.Equal(OneTwoThree, stages.Select(s => Shape.Int(s, "index")));
        Assert.Equal(FirstOnly, stages.Select(s => Shape.Bool(s, "first_stage")));
        Assert.Equal(LastOnly, stages.Select(s => Shape.Bool(s, "last_stage")));
        Assert.All(stages, s =>
        {
            Shape.Int(s, "id");
            var maxTime = Shape.Str(s, "max_time");
            Assert.True(maxTime.Length == 0 || maxTime.Contains(':', StringComparison.Ordinal), maxTime);
        });

        var page = (await api.GetAsync($"/desks/{id}/stages?limit=1&offset=2")).Expect(HttpStatusCode.OK);
        Assert.Equal("Atendimento", Assert.Single(Shape.Items(page)).GetProperty("name").GetString());
        Assert.Equal(3, page.TotalItems);
    }

    [Fact]
    public async Task Priorities_have_order_and_clock_fields()
    {
        using var api = fixture.Client(Groups.Technician);
        var id = await World.DeskIdAsync(api);
        var response = (await api.GetAsync($"/desks/{id}/priorities")).Expect(HttpStatusCode.OK);
        var priorities = Shape.Items(response);
        Assert.Equal(2, response.TotalItems);
        Assert.Equal(PriorityNames, priorities.Select(p => Shape.Str(p, "name")));
        Assert.Equal(OneTwo, priorities.Select(p => Shape.Int(p, "order")));
        Assert.All(priorities, p =>
        {
            Shape.Int(p, "id");
            Shape.Str(p, "start_time");
            Shape.Str(p, "end_time");
        });
    }

    [Fact]
    public async Task Portal_user_sees_the_desks_of_its_client()
    {
        using var api = fixture.Client(Groups.Client);
        var rows = Shape.Items((await api.GetAsync("/desks")).Expect(HttpStatusCode.OK));
        Assert.Contains(rows, d => d.GetProperty("name").GetString() == World.DeskName);
    }
}
