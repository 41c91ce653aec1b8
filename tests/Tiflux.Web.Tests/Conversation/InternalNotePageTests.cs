using System.Net;
using Tiflux.TestKit;
using static Tiflux.Web.Tests.Conversation.ConversationWorld;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Web.Tests.Conversation;

/// <summary>Internal notes on the ticket page: staff with the internal-communication permission only, each author their own.</summary>
[Collection(AppTestGroup.Name)]
public sealed class InternalNotePageTests(AppFixture app)
{
    [Fact]
    public async Task A_note_with_a_file_shows_for_staff_with_the_permission_and_neither_it_nor_its_file_reach_staff_without_it()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var technician = await app.Factory.SignInAsNewUserAsync(Groups.Technician);
        var url = $"/tickets/{ticket.Number}?aba=comunicacao";

        using var posted = await PostMultipartAsync(technician, url, "#note-form",
            new Dictionary<string, string> { ["Note.Html"] = "<p>Cliente <em>sem contrato</em> de impressoras.</p>" },
            new FilePart("Note.Files", "orcamento.pdf", "application/pdf", SampleFiles.Pdf));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await FollowAsync(technician, posted);
        var note = Assert.Single(page.QuerySelectorAll("#canal-interno li.note"));
        Assert.Equal("sem contrato", note.QuerySelector(".message-body em")?.TextContent);
        Assert.Contains("Interno — não enviado ao cliente", page.QuerySelector("#canal-interno")!.TextContent, StringComparison.Ordinal);
        var fileUrl = note.QuerySelector(".message-files a")!.GetAttribute("href")!;
        using (var ok = await technician.GetAsync(fileUrl))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        // A staff user who may see tickets but not the internal communication.
        var group = await app.Factory.CreatePermissionGroupAsync([PermissionKeys.TicketsView]);
        using var viewer = await app.Factory.SignInAsNewUserAsync(group);
        var seen = await viewer.GetPageAsync(url);
        Assert.Null(seen.QuerySelector("#canal-interno"));
        Assert.Null(seen.QuerySelector("#note-form"));
        Assert.DoesNotContain("sem contrato", seen.Body!.TextContent, StringComparison.Ordinal);
        var files = await viewer.GetPageAsync($"/tickets/{ticket.Number}?aba=arquivos");
        Assert.DoesNotContain("orcamento.pdf", files.QuerySelector("#ticket-files")!.TextContent, StringComparison.Ordinal);
        using (var refused = await viewer.GetAsync(fileUrl))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        // Posting a note without the permission is refused too.
        using var forged = await PostForgedAsync(viewer, url, $"/tickets/{ticket.Number}?handler=Note", new Dictionary<string, string> { ["Note.Html"] = "forjada" });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var after = await technician.GetPageAsync(url);
        Assert.Single(after.QuerySelectorAll("#canal-interno li.note"));
    }

    [Fact]
    public async Task Only_the_author_edits_or_deletes_a_note()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var author = await app.Factory.SignInAsNewUserAsync(Groups.Technician);
        using var colleague = await app.Factory.SignInAsNewUserAsync(Groups.Technician);
        var url = $"/tickets/{ticket.Number}?aba=comunicacao";
        using var posted = await PostMultipartAsync(author, url, "#note-form", new Dictionary<string, string> { ["Note.Html"] = "<p>Versão original</p>" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        // The colleague sees the note without Editar / Excluir, and a forged edit or delete changes nothing.
        var seen = await colleague.GetPageAsync(url);
        var note = Assert.Single(seen.QuerySelectorAll("#canal-interno li.note"));
        Assert.Null(note.QuerySelector("form"));
        var noteId = note.Id!["nota-".Length..];
        var ownPage = await author.GetPageAsync(url);
        Assert.NotNull(ownPage.QuerySelector($"#nota-{noteId} .note-edit-form"));

        using var edit = await PostForgedAsync(colleague, url, $"/tickets/{ticket.Number}?handler=Note",
            new Dictionary<string, string> { ["Note.NoteId"] = noteId, ["Note.Html"] = "<p>Adulterada</p>" });
        Assert.NotEqual(HttpStatusCode.Redirect, edit.StatusCode);
        using var delete = await PostForgedAsync(colleague, url, $"/tickets/{ticket.Number}?handler=DeleteNote", new Dictionary<string, string> { ["noteId"] = noteId });
        Assert.NotEqual(HttpStatusCode.Redirect, delete.StatusCode);
        var after = await author.GetPageAsync(url);
        Assert.Contains("Versão original", after.QuerySelector($"#nota-{noteId}")!.TextContent, StringComparison.Ordinal);

        // The author edits it.
        using var ownEdit = await author.SubmitFormAsync(url, new Dictionary<string, string> { ["Note.Html"] = "<p>Versão revista</p>" }, $"#nota-{noteId} .note-edit-form");
        Assert.Equal(HttpStatusCode.Redirect, ownEdit.StatusCode);
        var edited = await author.GetPageAsync(url);
        Assert.Contains("Versão revista", edited.QuerySelector($"#nota-{noteId}")!.TextContent, StringComparison.Ordinal);
    }
}
