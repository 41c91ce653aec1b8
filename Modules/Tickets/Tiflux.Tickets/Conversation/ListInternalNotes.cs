using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class ListInternalNotes
{
    public Task<Result<PagedList<InternalNoteDto>>> HandleAsync(int ticketNumber, int page, int pageSize, CancellationToken cancellationToken) => throw new NotImplementedException();
}
