using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class AddTicketFiles
{
    public Task<Result<IReadOnlyList<TicketFileDto>>> HandleAsync(int ticketNumber, IReadOnlyList<AttachmentUploadDto> files, ActorDto actor, CancellationToken cancellationToken) => throw new NotImplementedException();
}
