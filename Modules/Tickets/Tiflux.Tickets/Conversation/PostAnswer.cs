using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class PostAnswer
{
    public Task<Result<PostedAnswerDto>> HandleAsync(PostAnswerRequest request, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
