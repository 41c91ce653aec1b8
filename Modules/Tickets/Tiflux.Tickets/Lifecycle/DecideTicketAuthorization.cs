using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Billing;
using Tiflux.Tickets.Outbox;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// A client authoriser's decision on a pending ticket (service-desk.md §3.5): authorised, it enters its desk's queue as
/// it is; refused (reason mandatory), it is cancelled — never billable — and the requester is e-mailed why, through the
/// outbox in the same transaction.
/// </summary>
internal sealed class DecideTicketAuthorization(TicketsDbContext db, TicketTransition transition, TicketsOutboxKick outbox, TimeProvider time)
{
    public async Task<Result> HandleAsync(TicketAuthorizationDecision decision, ActorDto actor, CancellationToken cancellationToken)
    {
        var reason = decision.Reason?.Trim() ?? "";
        if (!decision.Approve && reason.Length == 0)
        {
            return Result.Failure(Error.Validation("Reason", "Informe o motivo da recusa."));
        }

        if (reason.Length > TicketLimits.AuthorizationReason)
        {
            return Result.Failure(Error.Validation("Reason", $"O motivo deve ter no máximo {TicketLimits.AuthorizationReason} caracteres."));
        }

        var action = decision.Approve ? "Ticket authorization was approved" : "Ticket authorization was denied";
        var result = await transition.ApplyAsync(decision.Number, actor, action, async (ticket, desk) =>
        {
            if (ticket.Authorization != TicketAuthorization.Pending)
            {
                return (Result.Failure(Error.Conflict("Este ticket não está aguardando autorização.")), "");
            }

            var now = time.GetUtcNow();
            ticket.AuthorizationDecidedBy = actor.Name;
            ticket.AuthorizationDecidedAt = now;
            if (decision.Approve)
            {
                ticket.Authorization = TicketAuthorization.Authorized;
                return (Result.Success(), $"Abertura autorizada por {actor.Name}.");
            }

            var timerRunning = await db.Timers.AnyAsync(t => t.TicketId == ticket.Id, cancellationToken);
            var billed = await BilledItems.AnyForTicketAsync(db, ticket.Id, cancellationToken);
            var cancelled = TicketTransitions.Cancel(ticket, desk, timerRunning, billed);
            if (!cancelled.IsSuccess)
            {
                return (cancelled, "");
            }

            ticket.Authorization = TicketAuthorization.Denied;
            ticket.AuthorizationDenialReason = reason;
            if (!string.IsNullOrWhiteSpace(ticket.RequesterEmail))
            {
                db.Outbox.Add(OutboxMessages.From(TicketsEventTypes.AuthorizationDenied, new TicketAuthorizationDenied(
                    Guid.CreateVersion7(), now, ticket.Number, ticket.Title, ticket.RequesterName, ticket.RequesterEmail, actor.Name, reason)));
            }

            return (Result.Success(), $"Abertura recusada por {actor.Name}: {reason}");
        }, cancellationToken);
        if (result.IsSuccess && !decision.Approve)
        {
            outbox.AfterCommit();
        }

        return result;
    }
}
