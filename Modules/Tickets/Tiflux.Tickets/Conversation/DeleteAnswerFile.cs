using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class DeleteAnswerFile
{
    public Task<Result> HandleAsync(Guid answerId, Guid fileId, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
