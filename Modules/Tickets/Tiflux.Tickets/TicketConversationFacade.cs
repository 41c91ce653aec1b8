using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Conversation;
using Tiflux.Tickets.History;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketConversationFacade(IServiceProvider services) : ITicketConversation
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<Result<PagedList<TicketAnswerDto>>> ListAnswersAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken) =>
        Get<ListAnswers>().HandleAsync(ticketNumber, page, pageSize, cancellationToken);

    public Task<Result<TicketAnswerDto>> GetAnswerAsync(int ticketNumber, Guid answerId, CancellationToken cancellationToken) =>
        Get<GetAnswer>().HandleAsync(ticketNumber, answerId, cancellationToken);

    public Task<Result<PostedAnswerDto>> PostAnswerAsync(PostAnswerRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<PostAnswer>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> DeleteAnswerAsync(int ticketNumber, Guid answerId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DeleteAnswer>().HandleAsync(ticketNumber, answerId, actor, cancellationToken);

    public Task<Result<PagedList<InternalNoteDto>>> ListInternalNotesAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken) =>
        Get<ListInternalNotes>().HandleAsync(ticketNumber, page, pageSize, cancellationToken);

    public Task<Result<InternalNoteDto>> GetInternalNoteAsync(int ticketNumber, Guid noteId, CancellationToken cancellationToken) =>
        Get<GetInternalNote>().HandleAsync(ticketNumber, noteId, cancellationToken);

    public Task<Result<InternalNoteDto>> SaveInternalNoteAsync(SaveInternalNoteRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        Get<SaveInternalNote>().HandleAsync(request, actor, cancellationToken);

    public Task<Result> DeleteInternalNoteAsync(int ticketNumber, Guid noteId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DeleteInternalNote>().HandleAsync(ticketNumber, noteId, actor, cancellationToken);

    public Task<Result<PagedList<TicketFileDto>>> ListFilesAsync(int ticketNumber, bool publicOnly, int page, int pageSize, CancellationToken cancellationToken) =>
        Get<ListTicketFiles>().HandleAsync(ticketNumber, publicOnly, page, pageSize, cancellationToken);

    public Task<Result<IReadOnlyList<TicketFileDto>>> AddFilesAsync(int ticketNumber, IReadOnlyList<AttachmentUploadDto> files, ActorDto actor, CancellationToken cancellationToken) =>
        Get<AddTicketFiles>().HandleAsync(ticketNumber, files, actor, cancellationToken);

    public Task<Result> DeleteFileAsync(int ticketNumber, Guid fileId, TicketFileOwner owner, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DeleteTicketFile>().HandleAsync(ticketNumber, fileId, owner, actor, cancellationToken);

    public Task<Result> DeleteAnswerFileAsync(Guid answerId, Guid fileId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<DeleteAnswerFile>().HandleAsync(answerId, fileId, actor, cancellationToken);

    public Task<TicketFileContentDto?> GetFileAsync(Guid fileId, CancellationToken cancellationToken) =>
        Get<GetTicketFile>().HandleAsync(fileId, cancellationToken);

    public Task<Result> SetFollowersAsync(int ticketNumber, IReadOnlyList<string> emails, ActorDto actor, CancellationToken cancellationToken) =>
        Get<SetFollowers>().HandleAsync(ticketNumber, emails, actor, cancellationToken);

    public Task<Result<PagedList<TicketHistoryDto>>> ListHistoryAsync(TicketHistoryRequest request, CancellationToken cancellationToken) =>
        Get<ListTicketHistory>().HandleAsync(request, cancellationToken);
}
