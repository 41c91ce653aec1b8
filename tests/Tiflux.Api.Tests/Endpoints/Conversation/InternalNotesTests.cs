using System.Net;
using Groups = Tiflux.TestKit.Groups;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>/tickets/{n}/internal_communications (service-desk.md §9.7): staff with the permission only, author-only changes.</summary>
[Collection(ConversationTestGroup.Name)]
public sealed class InternalNotesTests(ApiFixture fixture)
{
    private static readonly string[] Fields = ["id", "created_at", "updated_at", "text", "files_count", "files", "user", "github_username", "jira_username"];

    [Fact]
    public async Task A_note_is_created_from_multipart_and_listed_paged_with_the_documented_shape()
    {
        var number = await World.NewTicketAsync(fixture, "Notas internas");
        using var api = fixture.Client(Groups.Technician);
        var created = (await Multipart.PostAsync(api, $"/tickets/{number}/internal_communications", [("text", "<p>Cliente usa VPN antiga</p>")], ("print.png", Multipart.Png)))
            .Expect(HttpStatusCode.Created);
        Shape.Has(created.Json, Fields);
        Assert.Contains("Cliente usa VPN antiga", Shape.Str(created.Json, "text"), StringComparison.Ordinal);
        Assert.Equal(1, Shape.Int(created.Json, "files_count"));
        Assert.Equal("print.png", Shape.Str(Shape.Arr(created.Json, "files")[0], "file_name"));
        Assert.Equal(await World.UserIdAsync(api), Shape.IdName(created.Json, "user").Id);
        Assert.Equal(ApiFixture.TechnicianName, Shape.IdName(created.Json, "user").Name);
        Shape.Null(created.Json, "github_username");
        Shape.Null(created.Json, "jira_username");
        Shape.DateTime(created.Json, "created_at");
        (await Multipart.PostAsync(api, $"/tickets/{number}/internal_communications", [("text", "Segunda nota")])).Expect(HttpStatusCode.Created);

        var page = (await api.GetAsync($"/tickets/{number}/internal_communications?offset=2&limit=1")).Expect(HttpStatusCode.OK);
        Assert.Equal(2, page.TotalItems);
        Assert.Contains("Segunda nota", Shape.Str(Assert.Single(Shape.Items(page)), "text"), StringComparison.Ordinal);
        var shown = (await api.GetAsync($"/tickets/{number}/internal_communications/{Shape.Int(created.Json, "id")}")).Expect(HttpStatusCode.OK);
        Assert.Equal(Shape.Int(created.Json, "id"), Shape.Int(shown.Json, "id"));
    }

    [Fact]
    public async Task Creating_needs_multipart_and_a_text()
    {
        var number = await World.NewTicketAsync(fixture, "Nota sem multipart");
        using var api = fixture.Client(Groups.Technician);

        var json = (await api.PostAsync($"/tickets/{number}/internal_communications", new { text = "em JSON" })).ExpectError(HttpStatusCode.UnsupportedMediaType, 41501, "content_type");
        Assert.Equal("This request requires a multipart/form-data body, but NONE or a different format was received", Assert.Single(json));
        (await api.SendAsync(HttpMethod.Post, $"/tickets/{number}/internal_communications", null)).ExpectError(HttpStatusCode.UnsupportedMediaType, 41501, "content_type");
        Assert.Contains("can't be blank", (await Multipart.PostAsync(api, $"/tickets/{number}/internal_communications", [("text", " ")]))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "text"));
        (await Multipart.PostAsync(api, "/tickets/999999/internal_communications", [("text", "x")])).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await api.GetAsync($"/tickets/{number}/internal_communications/999999")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/internal_communications")).Expect(HttpStatusCode.OK).TotalItems);
    }

    [Fact]
    public async Task Only_the_author_edits_or_deletes_a_note()
    {
        var number = await World.NewTicketAsync(fixture, "Nota de outro");
        using var author = fixture.Client(Groups.Technician);
        using var other = fixture.Client(Groups.Admin);
        var id = Shape.Int((await Multipart.PostAsync(author, $"/tickets/{number}/internal_communications", [("text", "Original")])).Expect(HttpStatusCode.Created).Json, "id");
        var path = $"/tickets/{number}/internal_communications/{id}";

        Assert.Equal("You cannot update an internal_communication of another user",
            Assert.Single((await other.PutAsync(path, new { text = "Alterada por outro" })).ExpectError(HttpStatusCode.Forbidden, 40302, "error")));
        Assert.Equal("You cannot delete an internal_communication of another user",
            Assert.Single((await other.SendAsync(HttpMethod.Delete, path, null)).ExpectError(HttpStatusCode.Forbidden, 40302, "error")));
        Assert.Contains("Original", Shape.Str((await author.GetAsync(path)).Expect(HttpStatusCode.OK).Json, "text"), StringComparison.Ordinal);

        var edited = (await author.PutAsync(path, new { text = "<p>Corrigida</p>" })).Expect(HttpStatusCode.OK);
        Assert.Contains("Corrigida", Shape.Str(edited.Json, "text"), StringComparison.Ordinal);
        Assert.Contains("can't be blank", (await author.PutAsync(path, new { text = "" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "text"));
        (await author.SendAsync(HttpMethod.Delete, path, null)).Expect(HttpStatusCode.NoContent);
        (await author.GetAsync(path)).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Portal_users_and_staff_without_the_permission_never_get_internal_notes()
    {
        using var technician = fixture.Client(Groups.Technician);
        var id = Shape.Int((await Multipart.PostAsync(technician, $"/tickets/{fixture.OpenTicket}/internal_communications", [("text", "Segredo da equipe")]))
            .Expect(HttpStatusCode.Created).Json, "id");

        using var portal = fixture.Client(Groups.Client);
        (await portal.GetAsync($"/tickets/{fixture.OpenTicket}/internal_communications")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        (await portal.GetAsync($"/tickets/{fixture.OpenTicket}/internal_communications/{id}")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        (await Multipart.PostAsync(portal, $"/tickets/{fixture.OpenTicket}/internal_communications", [("text", "x")])).ExpectError(HttpStatusCode.Forbidden, 40301, "error");

        using var viewer = (await StaffTokens.WithOnlyAsync(fixture, PermissionKeys.TicketsView)).Api;
        (await viewer.GetAsync($"/tickets/{fixture.OpenTicket}/internal_communications")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        using var noteTaker = (await StaffTokens.WithOnlyAsync(fixture, PermissionKeys.TicketsInternalCommunication)).Api;
        Assert.Contains(Shape.Items((await noteTaker.GetAsync($"/tickets/{fixture.OpenTicket}/internal_communications?limit=200")).Expect(HttpStatusCode.OK)),
            n => Shape.Int(n, "id") == id);
    }
}
