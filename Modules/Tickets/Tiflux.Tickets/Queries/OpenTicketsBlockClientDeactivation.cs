using Tiflux.Contracts.PublicApi;

namespace Tiflux.Tickets.Queries;

/// <summary>A client with open or unreviewed tickets stays active: Contracts asks this through its port.</summary>
internal sealed class OpenTicketsBlockClientDeactivation(HasOpenOrUnreviewedTickets openTickets) : IClientDeactivationCheck
{
    public const string Reason = "O cliente tem tickets abertos ou aguardando revisão e não pode ser inativado.";

    public async Task<string?> BlockingReasonAsync(Guid clientId, CancellationToken cancellationToken) =>
        await openTickets.HandleAsync(clientId, cancellationToken) ? Reason : null;
}
