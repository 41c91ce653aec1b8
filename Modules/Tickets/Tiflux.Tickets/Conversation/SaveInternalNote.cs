using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class SaveInternalNote
{
    public Task<Result<InternalNoteDto>> HandleAsync(SaveInternalNoteRequest request, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
