using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class GetTicketFile
{
    public Task<TicketFileContentDto?> HandleAsync(Guid fileId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
