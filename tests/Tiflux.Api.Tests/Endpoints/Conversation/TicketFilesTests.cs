using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>/tickets/{n}/files (service-desk.md §9.8).</summary>
[Collection(ConversationTestGroup.Name)]
public sealed class TicketFilesTests(ApiFixture fixture)
{
    [Fact]
    public async Task Files_are_uploaded_listed_paged_and_deleted()
    {
        var number = await World.NewTicketAsync(fixture, "Anexos do ticket");
        using var api = fixture.Client(Groups.Technician);
        var added = (await Multipart.PostAsync(api, $"/tickets/{number}/files", [], ("a.png", Multipart.Png), ("b.pdf", Multipart.Pdf))).Expect(HttpStatusCode.Created);
        Assert.Equal(JsonValueKindArray, added.Json.ValueKind);
        Assert.Equal(["a.png", "b.pdf"], added.Json.EnumerateArray().Select(f => Shape.Str(f, "file_name")).Order(StringComparer.Ordinal));

        var page = (await api.GetAsync($"/tickets/{number}/files?limit=1&offset=2")).Expect(HttpStatusCode.OK);
        Assert.Equal(2, page.TotalItems);
        var file = Assert.Single(Shape.Items(page));
        Shape.Has(file, "id", "content_type", "file_name", "size", "url");

        var id = Shape.Int(added.Json[0], "id");
        (await api.SendAsync(HttpMethod.Delete, $"/tickets/{number}/files/{id}", null)).Expect(HttpStatusCode.NoContent);
        Assert.Equal(1, (await api.GetAsync($"/tickets/{number}/files")).Expect(HttpStatusCode.OK).TotalItems);
        Assert.Equal($"Couldn't find ServiceDesk::TicketFile with 'id'={id}",
            Assert.Single((await api.SendAsync(HttpMethod.Delete, $"/tickets/{number}/files/{id}", null)).ExpectError(HttpStatusCode.NotFound, 40401, "error")));
    }

    [Fact]
    public async Task A_part_that_is_not_a_file_or_a_file_whose_bytes_lie_is_refused()
    {
        var number = await World.NewTicketAsync(fixture, "Anexo inválido");
        using var api = fixture.Client(Groups.Technician);

        Assert.Equal("You are not sending a File. The value of 'files' items need to be a File type",
            Assert.Single((await Multipart.PostAsync(api, $"/tickets/{number}/files", [("files[]", "texto")])).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "files")));
        (await api.PostAsync($"/tickets/{number}/files", new { files = "x" })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "files");
        (await Multipart.PostAsync(api, $"/tickets/{number}/files", [], ("nota.pdf", "<html>não é PDF</html>"u8.ToArray()))).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "files");
        var eleven = Enumerable.Range(1, 11).Select(i => ($"f{i}.png", Multipart.Png)).ToArray();
        (await Multipart.PostAsync(api, $"/tickets/{number}/files", [], eleven)).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "files");
        (await Multipart.PostAsync(api, "/tickets/999999/files", [], ("a.png", Multipart.Png))).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/files")).Expect(HttpStatusCode.OK).TotalItems);
    }

    [Fact]
    public async Task Portal_users_see_their_tickets_public_files_only()
    {
        var number = await World.NewTicketAsync(fixture, "Arquivos no portal");
        using var technician = fixture.Client(Groups.Technician);
        (await Multipart.PostAsync(technician, $"/tickets/{number}/files", [], ("publico.png", Multipart.Png))).Expect(HttpStatusCode.Created);
        (await Multipart.PostAsync(technician, $"/tickets/{number}/internal_communications", [("text", "Nota")], ("interno.pdf", Multipart.Pdf))).Expect(HttpStatusCode.Created);
        Assert.Equal(2, (await technician.GetAsync($"/tickets/{number}/files")).Expect(HttpStatusCode.OK).TotalItems);

        using var portal = fixture.Client(Groups.Client);
        var seen = (await portal.GetAsync($"/tickets/{number}/files")).Expect(HttpStatusCode.OK);
        Assert.Equal("publico.png", Shape.Str(Assert.Single(Shape.Items(seen)), "file_name"));
        (await portal.GetAsync($"/tickets/{fixture.OtherClientTicket}/files")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await Multipart.PostAsync(portal, $"/tickets/{number}/files", [], ("a.png", Multipart.Png))).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;
}
