using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Attachments;
using Tiflux.Web.Tests.Requestors;

namespace Tiflux.Web.Tests.Files;

/// <summary>
/// Public ticket files (a ticket's own, an answer's) through the anonymous signed link e-mails carry
/// (<c>/anexos/{token}</c>): only a genuine, unexpired token downloads, and never an internal note's file; everything
/// else is the same 404.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class SignedTicketFileLinkTests(AppFixture app)
{
    private IAttachmentLinkSigner Signer => app.Factory.Services.GetRequiredService<IAttachmentLinkSigner>();

    [Fact]
    public async Task AValidLink_DownloadsTheTicketsAndTheAnswersFilesAnonymously_AsAttachments()
    {
        var files = await SeedFilesAsync();
        using var anonymous = app.Factory.CreateAppClient();

        using var ticketFile = await anonymous.GetAsync(PathOf(files.TicketFile));
        using var answerFile = await anonymous.GetAsync(PathOf(files.AnswerFile));

        Assert.Equal(HttpStatusCode.OK, ticketFile.StatusCode);
        Assert.Equal("application/pdf", ticketFile.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", ticketFile.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("laudo.pdf", ticketFile.Content.Headers.ContentDisposition.FileNameStar ?? ticketFile.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", ticketFile.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SampleFiles.Pdf, await ticketFile.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, answerFile.StatusCode);
        Assert.Equal("attachment", answerFile.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(SampleFiles.Png, await answerFile.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ATamperedExpiredOrForeignToken_AnUnknownFile_AndANotesFile_AreAll404()
    {
        var files = await SeedFilesAsync();
        var genuine = PathOf(files.TicketFile);
        var tampered = genuine[..^2] + (genuine[^2] == 'A' ? "B" : "A") + genuine[^1];
        var protection = app.Factory.Services.GetRequiredService<IDataProtectionProvider>();
        var later = DateTimeOffset.UtcNow.AddDays(1);
        var expired = protection.CreateProtector(SignedAttachmentLinks.Purpose).ToTimeLimitedDataProtector()
            .Protect(files.TicketFile.ToString("N"), DateTimeOffset.UtcNow.AddSeconds(-1));
        var otherPurpose = protection.CreateProtector("tiflux.other-purpose").ToTimeLimitedDataProtector().Protect(files.TicketFile.ToString("N"), later);
        using var anonymous = app.Factory.CreateAppClient();

        string[] refused =
        [
            tampered,
            $"{SignedAttachmentLinks.RoutePrefix}/{Uri.EscapeDataString(expired)}",
            $"{SignedAttachmentLinks.RoutePrefix}/{Uri.EscapeDataString(otherPurpose)}",
            $"{SignedAttachmentLinks.RoutePrefix}/{files.TicketFile:N}",
            PathOf(Guid.NewGuid()),
            // An internal note's file is never public, even with a link signed for it.
            PathOf(files.NoteFile),
        ];

        foreach (var url in refused)
        {
            using var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.Null(response.Content.Headers.ContentDisposition);
        }

        // The control: the same anonymous client gets the file with the genuine link.
        using var ok = await anonymous.GetAsync(genuine);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    private string PathOf(Guid fileId) => new Uri(Signer.LinkFor(fileId)).PathAndQuery;

    /// <summary>A ticket with a PDF of its own, an answer with a PNG and an internal note with a PNG.</summary>
    private async Task<(Guid TicketFile, Guid AnswerFile, Guid NoteFile)> SeedFilesAsync()
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
        var answer = Ok(await conversation.PostAnswerAsync(
            new PostAnswerRequest(number, "<p>Segue a foto.</p>", AnswerOrigin.TifluxWeb, [new AttachmentUploadDto("foto.png", "image/png", SampleFiles.Png)]), actor, default));
        var note = Ok(await conversation.SaveInternalNoteAsync(
            new SaveInternalNoteRequest(number, null, "<p>Só a equipe</p>", [new AttachmentUploadDto("interno.png", "image/png", SampleFiles.Png)]), actor, default));
        var ticketFiles = Ok(await conversation.ListFilesAsync(number, publicOnly: false, 1, 50, default)).Items;
        return (ticketFiles.Single(f => f.Owner == TicketFileOwner.Ticket).Id, answer.Answer.Files.Single().Id, note.Files.Single().Id);
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
