using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// The ticket as a conversation: answers to the requester (e-mailed to them and the followers), internal notes (staff
/// only, never e-mailed), files, followers and the history. Every write is one transaction and one history row.
/// Unknown tickets answer a not-found error.
/// </summary>
public interface ITicketConversation
{
    /// <summary>Answers of a ticket, oldest first.</summary>
    Task<Result<PagedList<TicketAnswerDto>>> ListAnswersAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken);

    Task<Result<TicketAnswerDto>> GetAnswerAsync(int ticketNumber, Guid answerId, CancellationToken cancellationToken);

    /// <summary>
    /// Sanitises the HTML, stores the answer and its files, and queues one e-mail per recipient (the requester and the
    /// followers) through the outbox. Refused on cancelled tickets.
    /// </summary>
    Task<Result<PostedAnswerDto>> PostAnswerAsync(PostAnswerRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Removes an answer and its files from the ticket (e-mails already sent are not recalled).</summary>
    Task<Result> DeleteAnswerAsync(int ticketNumber, Guid answerId, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Internal notes of a ticket, oldest first.</summary>
    Task<Result<PagedList<InternalNoteDto>>> ListInternalNotesAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken);

    Task<Result<InternalNoteDto>> GetInternalNoteAsync(int ticketNumber, Guid noteId, CancellationToken cancellationToken);

    /// <summary>Adds a note, or edits the text of one of the actor's own notes (another user's note is refused).</summary>
    Task<Result<InternalNoteDto>> SaveInternalNoteAsync(SaveInternalNoteRequest request, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Deletes one of the actor's own notes and its files.</summary>
    Task<Result> DeleteInternalNoteAsync(int ticketNumber, Guid noteId, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Files of a ticket (its own, its answers' and, unless <paramref name="publicOnly"/>, its notes').</summary>
    Task<Result<PagedList<TicketFileDto>>> ListFilesAsync(int ticketNumber, bool publicOnly, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Attaches files to the ticket itself (content-checked, same limits as every ticket file).</summary>
    Task<Result<IReadOnlyList<TicketFileDto>>> AddFilesAsync(int ticketNumber, IReadOnlyList<AttachmentUploadDto> files, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Deletes a file of the ticket, of one of its answers or notes; <paramref name="owner"/> says which it must be.</summary>
    Task<Result> DeleteFileAsync(int ticketNumber, Guid fileId, TicketFileOwner owner, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Deletes a file of an answer found by the answer alone (Tiflux's <c>/ticket_answers/{id}/files/{id}</c>).</summary>
    Task<Result> DeleteAnswerFileAsync(Guid answerId, Guid fileId, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>A file's bytes with its ticket, client and visibility, for the caller to authorise; null when unknown.</summary>
    Task<TicketFileContentDto?> GetFileAsync(Guid fileId, CancellationToken cancellationToken);

    /// <summary>Replaces the follower list (validated, lower-cased, de-duplicated, never the requester).</summary>
    Task<Result> SetFollowersAsync(int ticketNumber, IReadOnlyList<string> emails, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>A page of the ticket's history, newest first.</summary>
    Task<Result<PagedList<TicketHistoryDto>>> ListHistoryAsync(TicketHistoryRequest request, CancellationToken cancellationToken);
}
