using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tickets;

internal sealed class TicketLifecycle(TicketsDbContext db, TimeProvider time)
{
    public Task<Result> CloseAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        RunAsync(number, actor, async (ticket, desk) =>
        {
            var timerRunning = await db.Timers.AnyAsync(t => t.TicketId == ticket.Id, cancellationToken);
            var result = TicketTransitions.Close(ticket, desk, timerRunning, time.GetUtcNow());
            return (result, ticket.State == TicketState.AwaitingReview ? "Ticket fechado; aguardando revisão." : "Ticket fechado e revisado (mesa sem revisão).");
        }, cancellationToken);

    public Task<Result> ReopenAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        RunAsync(number, actor, async (ticket, desk) =>
        {
            var billed = await BilledItems.AnyForTicketAsync(db, ticket.Id, cancellationToken);
            var result = TicketTransitions.CanReopen(ticket, desk, billed);
            if (result.IsSuccess)
            {
                TicketTransitions.Reopen(ticket, desk);
            }

            return (result, string.IsNullOrWhiteSpace(reason) ? "Ticket reaberto." : $"Ticket reaberto: {reason.Trim()}");
        }, cancellationToken);

    public Task<Result> CancelAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        RunAsync(number, actor, async (ticket, desk) =>
        {
            var timerRunning = await db.Timers.AnyAsync(t => t.TicketId == ticket.Id, cancellationToken);
            var billed = await BilledItems.AnyForTicketAsync(db, ticket.Id, cancellationToken);
            return (TicketTransitions.Cancel(ticket, desk, timerRunning, billed), "Ticket cancelado.");
        }, cancellationToken);

    public Task<Result> ReviewAsync(ReviewTicketRequest request, ActorDto actor, CancellationToken cancellationToken) =>
        RunAsync(request.Number, actor, (ticket, desk) =>
        {
            var result = TicketTransitions.Review(ticket, desk, request, time.GetUtcNow());
            var what = request.Approve
                ? "Revisão aprovada" + (request.Rating is { } r ? $" (avaliação {r}/5)." : ".")
                : $"Revisão reprovada; ticket reaberto. Motivo: {request.Comment?.Trim()}";
            return Task.FromResult((result, what));
        }, cancellationToken);

    private async Task<Result> RunAsync(
        int number,
        ActorDto actor,
        Func<Ticket, ServiceDesk, Task<(Result Result, string What)>> transition,
        CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(number));
        }

        var desk = await db.Desks.SingleAsync(d => d.Id == ticket.DeskId, cancellationToken);
        var (result, what) = await transition(ticket, desk);
        if (!result.IsSuccess)
        {
            return result;
        }

        db.History.Add(ticket.Record(time.GetUtcNow(), actor.UserId, actor.Name, what));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
