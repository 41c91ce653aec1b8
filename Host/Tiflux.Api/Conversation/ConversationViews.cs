using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Reporting.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// Turns the module's answers, notes and files into Tiflux's shapes, numbering every record in one batch. A file's
/// <c>url</c> is the host's signed, expiring download link (the one the e-mails carry), usable without a token; the
/// host serves it for public files only, so an internal note's file link does not download.
/// </summary>
internal sealed class ConversationViews(PublicIds ids, IAttachmentLinkSigner links)
{
    public async Task<IReadOnlyList<AnswerListItem>> AnswersAsync(IReadOnlyList<TicketAnswerDto> answers, CancellationToken cancellationToken)
    {
        var map = await ids.AssignAsync(AnswerBatch(answers), cancellationToken);
        return [.. answers.Select(a => new AnswerListItem(
            map[PublicIdKind.TicketAnswer, a.Id], OriginName(a.Origin), ApiResults.DateTime(a.At), Author(a), a.Files.Count, a.Html, map.Find(PublicIdKind.User, a.UserId)))];
    }

    public async Task<AnswerDetail> AnswerAsync(TicketAnswerDto a, CancellationToken cancellationToken)
    {
        var map = await ids.AssignAsync(AnswerBatch([a]), cancellationToken);
        return new AnswerDetail(
            map[PublicIdKind.TicketAnswer, a.Id], OriginName(a.Origin), ApiResults.DateTime(a.At), Author(a), Files(a.Files, map), a.Files.Count, a.Html,
            map.Find(PublicIdKind.User, a.UserId));
    }

    public async Task<PostedAnswer> PostedAsync(PostedAnswerDto posted, CancellationToken cancellationToken)
    {
        var a = posted.Answer;
        var map = await ids.AssignAsync(AnswerBatch([a]), cancellationToken);
        return new PostedAnswer(
            map[PublicIdKind.TicketAnswer, a.Id], OriginName(a.Origin), ApiResults.DateTime(a.At), Author(a), Files(a.Files, map), a.Files.Count, a.Html,
            SignatureText(posted.Signature), map.Find(PublicIdKind.User, a.UserId));
    }

    public async Task<IReadOnlyList<InternalNoteView>> NotesAsync(IReadOnlyList<InternalNoteDto> notes, CancellationToken cancellationToken)
    {
        var batch = new PublicIdBatch();
        foreach (var n in notes)
        {
            batch.Add(PublicIdKind.InternalNote, n.Id).Add(PublicIdKind.User, n.UserId).AddRange(PublicIdKind.TicketFile, n.Files.Select(f => f.Id));
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        return [.. notes.Select(n => new InternalNoteView(
            map[PublicIdKind.InternalNote, n.Id], ApiResults.DateTime(n.CreatedAt), ApiResults.DateTime(n.UpdatedAt), n.Html, n.Files.Count, Files(n.Files, map),
            new NoteAuthor(map[PublicIdKind.User, n.UserId], n.UserName), null, null))];
    }

    public async Task<IReadOnlyList<FileView>> FilesAsync(IReadOnlyList<TicketFileDto> files, CancellationToken cancellationToken)
    {
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.TicketFile, files.Select(f => f.Id)), cancellationToken);
        return Files(files, map);
    }

    /// <summary>Tiflux's <c>answer_origin</c> values.</summary>
    public static string OriginName(AnswerOrigin origin) => origin switch
    {
        AnswerOrigin.Api => "api",
        AnswerOrigin.ClientPortal => "client_portal",
        AnswerOrigin.Email => "email",
        _ => "tiflux_web",
    };

    /// <summary>Answers written through the API are shown with Tiflux's <c>[API] </c> prefix.</summary>
    public static string Author(TicketAnswerDto answer) =>
        answer.Origin == AnswerOrigin.Api && !answer.Author.StartsWith("[API] ", StringComparison.Ordinal) ? "[API] " + answer.Author : answer.Author;

    public static string SignatureText(SignatureOutcome outcome) => outcome switch
    {
        SignatureOutcome.Appended => "Answer sent with signature",
        SignatureOutcome.NoSignatureRegistered => "Answer sent without signature: User doesn't have a signature registered",
        _ => "Answer sent without signature",
    };

    private IReadOnlyList<FileView> Files(IReadOnlyList<TicketFileDto> files, PublicIdMap map) =>
        [.. files.Select(f => new FileView(map[PublicIdKind.TicketFile, f.Id], f.ContentType, f.FileName, f.Size, links.LinkFor(f.Id), ApiResults.DateTime(f.UploadedAt)))];

    private static PublicIdBatch AnswerBatch(IEnumerable<TicketAnswerDto> answers)
    {
        var batch = new PublicIdBatch();
        foreach (var a in answers)
        {
            batch.Add(PublicIdKind.TicketAnswer, a.Id).Add(PublicIdKind.User, a.UserId).AddRange(PublicIdKind.TicketFile, a.Files.Select(f => f.Id));
        }

        return batch;
    }
}
