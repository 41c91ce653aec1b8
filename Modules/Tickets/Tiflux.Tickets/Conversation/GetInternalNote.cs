using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class GetInternalNote
{
    public Task<Result<InternalNoteDto>> HandleAsync(int ticketNumber, Guid noteId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
