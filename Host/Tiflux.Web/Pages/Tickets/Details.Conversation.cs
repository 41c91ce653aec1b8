using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The Comunicação tab: answers to the requester and, for those allowed, the internal notes.</summary>
public sealed partial class DetailsModel
{
    /// <summary>One page of answers (oldest first) holds them all but on very long conversations.</summary>
    public const int ConversationPageSize = 100;

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    [BindProperty]
    public NoteInput Note { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TicketAnswerDto>? Answers { get; private set; }

    public PagedList<InternalNoteDto>? Notes { get; private set; }

    /// <summary>Who an answer is e-mailed to: the requester and the followers.</summary>
    public IReadOnlyList<string> AnswerRecipients =>
        [.. new[] { Ticket.RequesterEmail }.Concat(Ticket.Followers).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var request = new PostAnswerRequest(Number, Answer.Html ?? "", AnswerOrigin.TifluxWeb, await FileUploads.ReadAsync(Answer.Files, cancellationToken))
        {
            WithSignature = Answer.WithSignature,
            Signature = Answer.WithSignature ? (await users.GetUserAsync(User))?.Signature : null,
        };
        var result = await conversation.PostAnswerAsync(request, await ActorAsync(users), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<AnswerInput>(result, nameof(Answer));
            return await RedisplayAsync("comunicacao", cancellationToken);
        }

        TempData["Flash"] = result.Value.Signature == SignatureOutcome.NoSignatureRegistered
            ? "Resposta enviada, sem assinatura: cadastre a sua em Minha Conta."
            : "Resposta enviada.";
        return Redirect($"/tickets/{Number}?aba=comunicacao#resposta-{result.Value.Answer.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAnswerAsync(Guid answerId, CancellationToken cancellationToken) =>
        await AfterAsync(await conversation.DeleteAnswerAsync(Number, answerId, await ActorAsync(users), cancellationToken), "Resposta excluída.", "comunicacao", cancellationToken);

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        if (!User.Has(Permissions.TicketsInternalCommunication))
        {
            return Forbid();
        }

        ModelState.Clear();
        var result = await conversation.SaveInternalNoteAsync(
            new SaveInternalNoteRequest(Number, Note.NoteId, Note.Html ?? "", await FileUploads.ReadAsync(Note.Files, cancellationToken)),
            await ActorAsync(users),
            cancellationToken);
        if (IsForbidden(result))
        {
            return Forbid();
        }

        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<NoteInput>(result, nameof(Note));
            return await RedisplayAsync("comunicacao", cancellationToken);
        }

        TempData["Flash"] = Note.NoteId is null ? "Nota interna adicionada." : "Nota interna alterada.";
        return Redirect($"/tickets/{Number}?aba=comunicacao#nota-{result.Value.Id}");
    }

    public async Task<IActionResult> OnPostDeleteNoteAsync(Guid noteId, CancellationToken cancellationToken)
    {
        if (!User.Has(Permissions.TicketsInternalCommunication))
        {
            return Forbid();
        }

        var result = await conversation.DeleteInternalNoteAsync(Number, noteId, await ActorAsync(users), cancellationToken);
        return IsForbidden(result) ? Forbid() : await AfterAsync(result, "Nota interna excluída.", "comunicacao", cancellationToken);
    }

    /// <summary>Another user's note: the page offers no such action, so a request for it is answered 403.</summary>
    private static bool IsForbidden(Result result) => result.Errors.Any(e => e.Code == "forbidden");

    private async Task<bool> LoadConversationAsync(CancellationToken cancellationToken)
    {
        var page = Math.Max(PageNumber, 1);
        var answers = await conversation.ListAnswersAsync(Number, page, ConversationPageSize, cancellationToken);
        if (!answers.IsSuccess)
        {
            return false;
        }

        Answers = answers.Value;
        await LoadReplyTemplatesAsync(cancellationToken);
        if (CanSeeInternal)
        {
            var notes = await conversation.ListInternalNotesAsync(Number, page, ConversationPageSize, cancellationToken);
            Notes = notes.IsSuccess ? notes.Value : null;
        }

        return true;
    }

    public static string OriginLabel(AnswerOrigin origin) => TicketsText.Origin(origin);
}
