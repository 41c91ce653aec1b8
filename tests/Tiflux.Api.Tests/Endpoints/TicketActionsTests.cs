using System.Net;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class TicketActionsTests(ApiFixture fixture)
{
    [Fact]
    public async Task Close_without_body_or_content_type_answers_the_message()
    {
        var number = await World.NewTicketAsync(fixture, "Fechar sem corpo");
        using var api = fixture.Client(Groups.Technician);
        using var request = api.Request(HttpMethod.Put, $"/tickets/{number}/close");
        Assert.Null(request.Content);
        var response = (await api.SendAsync(request)).Expect(HttpStatusCode.OK);
        Assert.Equal($"Ticket {number} closed successfully", response["message"].GetString());
        Assert.StartsWith("application/json", response.Headers["Content-Type"], StringComparison.Ordinal);

        var ticket = (await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK);
        Assert.True(ticket["is_closed"].GetBoolean());
        Assert.Equal("Fechado", ticket["status"].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Cancel_without_body_answers_the_message()
    {
        var number = await World.NewTicketAsync(fixture, "Cancelar sem corpo");
        using var api = fixture.Client(Groups.Admin);
        using var request = api.Request(HttpMethod.Put, $"/tickets/{number}/cancel");
        var response = (await api.SendAsync(request)).Expect(HttpStatusCode.OK);
        Assert.Equal($"Ticket {number} cancelled successfully", response["message"].GetString());
        var canceled = (await api.GetAsync("/tickets?filter_by=canceled&limit=200")).Expect(HttpStatusCode.OK);
        Assert.Contains(number, World.Numbers(canceled));
    }

    [Fact]
    public async Task Actions_on_unknown_tickets_are_404()
    {
        using var api = fixture.Client(Groups.Admin);
        foreach (var action in new[] { "close", "cancel", "reopen" })
        {
            var error = (await api.PutAsync($"/tickets/999999/{action}")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
            Assert.Equal("Couldn't find ServiceDesk::Ticket with ticket_number = 999999", Assert.Single(error));
        }
    }

    [Fact]
    public async Task Reopen_an_open_ticket_is_42207()
    {
        using var api = fixture.Client(Groups.Admin);
        var error = (await api.PutAsync($"/tickets/{fixture.OpenTicket}/reopen")).ExpectError(HttpStatusCode.UnprocessableEntity, 42207, "error");
        Assert.Equal("Unable to reopen. Ticket is already open", Assert.Single(error));
        Assert.Equal("The ticket cannot be reopened as it does not meet the required conditions", (await api.PutAsync($"/tickets/{fixture.OpenTicket}/reopen"))["message"].GetString());
    }

    [Fact]
    public async Task Reopen_pending_review_needs_a_disapproval_reason()
    {
        var number = await World.NewTicketAsync(fixture, "Pendente de revisão");
        using var api = fixture.Client(Groups.Admin);
        (await api.PutAsync($"/tickets/{number}/close")).Expect(HttpStatusCode.OK);

        var response = await api.PutAsync($"/tickets/{number}/reopen");
        response.Expect(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(42207, response["error_code"].GetInt32());
        Assert.Equal("The ticket cannot be reopened as it does not meet the required conditions", response["message"].GetString());
        Assert.True((await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK)["is_closed"].GetBoolean());

        var reopened = (await api.PutAsync($"/tickets/{number}/reopen", new { disapproval_reason = "Problema voltou" })).Expect(HttpStatusCode.OK);
        Assert.Equal($"Ticket {number} reopened successfully", reopened["message"].GetString());
        var ticket = (await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK);
        Assert.False(ticket["is_closed"].GetBoolean());
        Assert.Equal(1, ticket["reopen_count"].GetInt32());
    }

    [Fact]
    public async Task A_running_timer_blocks_close_and_cancel_with_42206()
    {
        var number = await World.NewTicketAsync(fixture, "Cronômetro rodando");
        var timer = await fixture.In<ITicketWork, Result<Guid>>(t => t.StartTimerAsync(number, new ActorDto(fixture.TechnicianId, ApiFixture.TechnicianName, MayHandleMoney: true), default));
        Assert.True(timer.IsSuccess);

        using var api = fixture.Client(Groups.Technician);
        var list = (await api.GetAsync($"/tickets/{number}/pre-appointments")).Expect(HttpStatusCode.OK);
        Assert.Equal(1, list.TotalItems);
        var item = Assert.Single(Shape.Items(list));
        Shape.Has(item, "id", "date", "init_time", "end_time", "user");
        Shape.Int(item, "id");
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Shape.Date(item, "date"));
        Shape.Clock(item, "init_time");
        Shape.Null(item, "end_time");
        var user = Shape.Obj(item, "user");
        Assert.Equal(ApiFixture.TechnicianName, Shape.Str(user, "name"));
        Assert.Equal(await World.UserIdAsync(api), Shape.Int(user, "id"));

        var close = (await api.PutAsync($"/tickets/{number}/close")).ExpectError(HttpStatusCode.UnprocessableEntity, 42206, "pre_appointments");
        Assert.Equal("This ticket has pre appointment(s), remove or complete them to close", Assert.Single(close));
        Assert.Equal("The ticket cannot be closed as it does not meet the required conditions", (await api.PutAsync($"/tickets/{number}/close"))["message"].GetString());
        var cancel = (await api.PutAsync($"/tickets/{number}/cancel")).ExpectError(HttpStatusCode.UnprocessableEntity, 42206, "pre_appointments");
        Assert.Single(cancel);
        Assert.False((await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK)["is_closed"].GetBoolean());
    }

    [Fact]
    public async Task Pre_appointments_of_a_ticket_without_timers_is_an_empty_page()
    {
        using var api = fixture.Client(Groups.Admin);
        var response = (await api.GetAsync($"/tickets/{fixture.OtherClientTicket}/pre-appointments")).Expect(HttpStatusCode.OK);
        Assert.Empty(Shape.Items(response));
        Assert.Equal(0, response.TotalItems);
        Assert.Contains("is not a number", (await api.GetAsync($"/tickets/{fixture.OpenTicket}/pre-appointments?limit=x")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "limit"));
        (await api.GetAsync("/tickets/999999/pre-appointments")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Portal_user_may_not_close()
    {
        var number = await World.NewTicketAsync(fixture, "Portal não fecha");
        using var api = fixture.Client(Groups.Client);
        (await api.PutAsync($"/tickets/{number}/close")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        using var admin = fixture.Client(Groups.Admin);
        Assert.False((await admin.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK)["is_closed"].GetBoolean());
    }
}
