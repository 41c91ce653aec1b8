using System.Net;
using Groups = Tiflux.TestKit.Groups;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>/requestors and /clients/{id}/requestors (service-desk.md §9.4).</summary>
[Collection(ConversationTestGroup.Name)]
public sealed class RequestorsTests(ApiFixture fixture)
{
    private static readonly string[] Fields = ["id", "can_open_ticket", "email", "extension", "name", "telephone"];

    [Fact]
    public async Task A_requestor_is_created_shown_listed_changed_and_unlinked()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);
        var email = $"ana.{Guid.NewGuid():N}@padaria.example";
        var created = (await api.PostAsync($"/clients/{client}/requestors", new { name = "Ana Souza", email, telephone = "(47) 99999-1234", extension = "21", can_open_ticket = false }))
            .Expect(HttpStatusCode.Created);
        Shape.Has(created.Json, Fields);
        Assert.Empty(Shape.Arr(created.Json, "entities").EnumerateArray());
        Assert.Equal("+5547999991234", Shape.Str(created.Json, "telephone"));
        Assert.False(Shape.Bool(created.Json, "can_open_ticket"));
        var id = Shape.Int(created.Json, "id");
        var path = $"/clients/{client}/requestors/{id}";

        var shown = (await api.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.Equal("Ana Souza", Shape.Str(shown.Json, "name"));
        Shape.Arr(shown.Json, "entities");

        var byPhone = (await api.GetAsync($"/clients/{client}/requestors?telephone=47999991234")).Expect(HttpStatusCode.OK);
        Assert.Contains(Shape.Items(byPhone), r => Shape.Int(r, "id") == id);
        Assert.DoesNotContain(Shape.Items((await api.GetAsync($"/clients/{client}/requestors?can_open_ticket=true&limit=200")).Expect(HttpStatusCode.OK)), r => Shape.Int(r, "id") == id);
        var global = (await api.GetAsync("/requestors?email=" + Uri.EscapeDataString(email))).Expect(HttpStatusCode.OK);
        var row = Assert.Single(Shape.Items(global));
        Assert.Equal(1, global.TotalItems);
        Assert.Equal((client, World.ClientName), Shape.IdName(row, "client"));

        var changed = (await api.PutAsync(path, new { requestor = new { extension = "22", can_open_ticket = true } })).Expect(HttpStatusCode.OK);
        Assert.Equal("22", Shape.Str(changed.Json, "extension"));
        Assert.True(Shape.Bool(changed.Json, "can_open_ticket"));
        Assert.Equal("Ana Souza", Shape.Str(changed.Json, "name"));

        (await api.SendAsync(HttpMethod.Delete, path, null)).Expect(HttpStatusCode.NoContent);
        Assert.Equal($"Couldn't find ServiceDesk::TicketRequestor with 'id'=\"{id}\"", Assert.Single((await api.GetAsync(path)).ExpectError(HttpStatusCode.NotFound, 40401, "error")));
    }

    [Fact]
    public async Task Posting_an_existing_email_on_another_client_links_the_same_requestor()
    {
        using var api = fixture.Client(Groups.Admin);
        var email = $"compartilhado.{Guid.NewGuid():N}@example.com";
        var first = (await api.PostAsync($"/clients/{await World.ClientIdAsync(api)}/requestors", new { requestor = new { name = "Carlos", email } })).Expect(HttpStatusCode.Created);
        var other = await World.ClientIdAsync(api, World.OtherClientName);
        var second = (await api.PostAsync($"/clients/{other}/requestors", new { name = "Carlos", email = email.ToUpperInvariant() })).Expect(HttpStatusCode.Created);

        Assert.Equal(Shape.Int(first.Json, "id"), Shape.Int(second.Json, "id"));
        Assert.Contains(Shape.Items((await api.GetAsync($"/clients/{other}/requestors?limit=200")).Expect(HttpStatusCode.OK)), r => Shape.Int(r, "id") == Shape.Int(first.Json, "id"));
    }

    [Fact]
    public async Task Bad_requestor_input_gets_the_documented_errors()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);

        Assert.Equal("teste is not a valid option. 'Can open ticket' must be 'true' or 'false'",
            Assert.Single((await api.GetAsync($"/clients/{client}/requestors?can_open_ticket=teste")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "can_open_ticket")));
        (await api.GetAsync("/requestors?telephone=%2B55")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "telephone");
        Assert.Equal("param is missing or the value is empty: requestor",
            Assert.Single((await api.PostAsync($"/clients/{client}/requestors", new { })).ExpectError(HttpStatusCode.BadRequest, 40003, "error")));
        var blank = await api.PostAsync($"/clients/{client}/requestors", new { email = "x@y.example" });
        Assert.Contains("can't be blank", blank.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "name"));
        (await api.PostAsync($"/clients/{client}/requestors", new { name = "Sem e-mail válido", email = "x@y@z" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "email");
        (await api.PostAsync($"/clients/{client}/requestors", new { name = "Telefone ruim", email = $"t.{Guid.NewGuid():N}@y.example", telephone = "12" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "telephone");
        (await api.GetAsync("/clients/999999/requestors")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await api.GetAsync($"/clients/{client}/requestors/999999")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Reading_needs_clients_view_and_writing_clients_manage()
    {
        using var viewer = (await StaffTokens.WithOnlyAsync(fixture, PermissionKeys.ClientsView)).Api;
        var client = await World.ClientIdAsync(viewer);
        (await viewer.GetAsync($"/clients/{client}/requestors")).Expect(HttpStatusCode.OK);
        (await viewer.PostAsync($"/clients/{client}/requestors", new { name = "Nope", email = "nope@example.com" })).ExpectError(HttpStatusCode.Forbidden, 40301, "error");

        using var ticketsOnly = (await StaffTokens.WithOnlyAsync(fixture, PermissionKeys.TicketsView)).Api;
        (await ticketsOnly.GetAsync("/requestors")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        using var portal = fixture.Client(Groups.Client);
        (await portal.GetAsync("/requestors")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
    }
}
