using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tickets;

/// <summary>A client with open or unreviewed tickets stays active: Contracts asks this through its port.</summary>
internal sealed class OpenTicketsBlockClientDeactivation(TicketsDbContext db) : IClientDeactivationCheck
{
    public const string Reason = "O cliente tem tickets abertos ou aguardando revisão e não pode ser inativado.";

    public Task<bool> HasOpenOrUnreviewedTicketsAsync(Guid clientId, CancellationToken cancellationToken) =>
        db.Tickets.AnyAsync(
            t => t.ClientId == clientId && (t.State == TicketState.Open || t.State == TicketState.AwaitingReview),
            cancellationToken);

    public async Task<string?> BlockingReasonAsync(Guid clientId, CancellationToken cancellationToken) =>
        await HasOpenOrUnreviewedTicketsAsync(clientId, cancellationToken) ? Reason : null;
}
