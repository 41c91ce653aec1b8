using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Attachments;
using Tiflux.Web.Tests.Requestors;

namespace Tiflux.Web.Tests.Files;

/// <summary>
/// The anonymous <c>/arquivos/{id}?t=</c> download an e-mailed answer links to: only a genuine, unexpired token for
/// that very file, and only a public file, downloads; everything else is the same 404.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class SignedTicketFileLinkTests(AppFixture app)
{
    private IDataProtectionProvider Protection => app.Factory.Services.GetRequiredService<IDataProtectionProvider>();

    private static DateTimeOffset Later => DateTimeOffset.UtcNow.Add(TicketFileLink.Lifetime);

    [Fact]
    public async Task AValidToken_DownloadsThePublicFileAnonymously_AsAnAttachment()
    {
        var (ticketFile, _) = await SeedFilesAsync();
        using var anonymous = app.Factory.CreateAppClient();

        using var response = await anonymous.GetAsync(TicketFileLinkTokens.PathFor(Protection, ticketFile, Later));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("laudo.pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SampleFiles.Pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ATamperedExpiredMissingOrOtherFilesToken_AndANotesFile_AreAll404()
    {
        var (ticketFile, noteFile) = await SeedFilesAsync();
        var (otherFile, _) = await SeedFilesAsync();
        var token = TicketFileLinkTokens.Sign(Protection, ticketFile, Later);
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        var expired = TicketFileLinkTokens.Sign(Protection, ticketFile, DateTimeOffset.UtcNow.AddSeconds(-1));
        var otherPurpose = Protection.CreateProtector("tiflux.attachment-links").ToTimeLimitedDataProtector().Protect(ticketFile.ToString(), Later);
        using var anonymous = app.Factory.CreateAppClient();

        string[] refused =
        [
            $"/arquivos/{ticketFile}?t={Uri.EscapeDataString(tampered)}",
            $"/arquivos/{ticketFile}?t={Uri.EscapeDataString(expired)}",
            $"/arquivos/{ticketFile}?t={Uri.EscapeDataString(otherPurpose)}",
            $"/arquivos/{ticketFile}",
            $"/arquivos/{ticketFile}?t=",
            // A genuine token of another file opens neither this one nor…
            $"/arquivos/{ticketFile}?t={Uri.EscapeDataString(TicketFileLinkTokens.Sign(Protection, otherFile, Later))}",
            // …a file that does not exist, and an internal note's file is never public, even with its own genuine token.
            TicketFileLinkTokens.PathFor(Protection, Guid.NewGuid(), Later),
            TicketFileLinkTokens.PathFor(Protection, noteFile, Later),
        ];

        foreach (var url in refused)
        {
            using var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("laudo", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        // The control: the same client gets the file with the genuine token.
        using var genuine = await anonymous.GetAsync($"/arquivos/{ticketFile}?t={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    /// <summary>A ticket with a PDF of its own and an internal note with a PNG; returns both file ids.</summary>
    private async Task<(Guid TicketFile, Guid NoteFile)> SeedFilesAsync()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var actor = new ActorDto(Guid.CreateVersion7(), "Técnico " + world.Suffix);
        var number = Ok(await sp.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest("Com arquivos", "", world.ClientId, world.DeskId, null, null, null, "Ana", world.Email("ana"), null)
            {
                Files = [new AttachmentUploadDto("laudo.pdf", "application/pdf", SampleFiles.Pdf)],
            },
            actor,
            default));
        var conversation = sp.GetRequiredService<ITicketConversation>();
        var note = Ok(await conversation.SaveInternalNoteAsync(
            new SaveInternalNoteRequest(number, null, "<p>Só a equipe</p>", [new AttachmentUploadDto("interno.png", "image/png", SampleFiles.Png)]), actor, default));
        var files = Ok(await conversation.ListFilesAsync(number, publicOnly: false, 1, 50, default)).Items;
        return (files.Single(f => f.Owner == TicketFileOwner.Ticket).Id, note.Files.Single().Id);
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
