using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class ReviewTicket(TicketTransition transition, TimeProvider time)
{
    public Task<Result> HandleAsync(ReviewTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        transition.ApplyAsync(request.Number, actor, "Ticket was reviewed", (ticket, desk) =>
        {
            var result = TicketTransitions.Review(ticket, desk, request, time.GetUtcNow());
            var what = request.Approve
                ? "Revisão aprovada" + (request.Rating is { } r ? $" (avaliação {r}/5)." : ".")
                : $"Revisão reprovada; ticket reaberto. Motivo: {request.Comment?.Trim()}";
            return Task.FromResult((result, what));
        }, cancellationToken);
}
