using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>The state machine of domain §4: Open → AwaitingReview → Reviewed, reopen (not when billed), cancel.</summary>
internal static partial class TicketTransitions
{
    public static Result Close(Ticket ticket, ServiceDesk desk, bool timerRunning, DateTimeOffset now)
    {
        if (ticket.State != TicketState.Open)
        {
            return Result.Failure(TicketErrors.NotOpen);
        }

        if (timerRunning)
        {
            return Result.Failure(Error.Conflict("Há um cronômetro em andamento neste ticket; encerre-o antes de fechar."));
        }

        if (ticket.Authorization == TicketAuthorization.Pending)
        {
            return Result.Failure(Error.Conflict("O ticket aguarda a autorização do cliente; ele ainda não pode ser fechado."));
        }

        // Tiflux refuses closing a ticket whose SLA was paused by hand (42206); a pausing status ends with the ticket.
        if (ticket.Sla.PausedAt is not null && !ticket.Sla.PausedByStatus)
        {
            return Result.Failure(TicketErrors.SlaPaused);
        }

        ticket.ClosedAt = now;
        ticket.StatusId = desk.FirstStatus(StatusKind.Closed).Id;
        ticket.StageId = desk.LastStage().Id;
        ticket.DisapprovalReason = null;
        if (desk.ReviewEnabled)
        {
            ticket.State = TicketState.AwaitingReview;
            ticket.ReviewDueAt = now.AddHours(desk.ReviewDeadlineHours);
        }
        else
        {
            MarkReviewed(ticket, now, auto: false);
        }

        return Result.Success();
    }

    public static Result CanReopen(Ticket ticket, ServiceDesk desk, bool hasBilledItems)
    {
        if (ticket.State is TicketState.Open or TicketState.Cancelled)
        {
            return Result.Failure(Error.Conflict("Só é possível reabrir tickets fechados."));
        }

        if (hasBilledItems)
        {
            return Result.Failure(TicketErrors.HasBilledItems);
        }

        if (ticket.State == TicketState.Reviewed && !desk.MayReopenReviewed)
        {
            return Result.Failure(Error.Conflict("Esta mesa não permite reabrir tickets revisados."));
        }

        return Result.Success();
    }

    public static void Reopen(Ticket ticket, ServiceDesk desk)
    {
        ticket.State = TicketState.Open;
        ticket.StatusId = desk.FirstStatus(StatusKind.Open).Id;
        ticket.ClosedAt = null;
        ticket.ReviewDueAt = null;
        ticket.ReviewedAt = null;
        ticket.ReviewedOn = null;
        ticket.AutoReviewed = false;
        ticket.ReopenCount++;
    }

    public static Result Cancel(Ticket ticket, ServiceDesk desk, bool timerRunning, bool hasBilledItems)
    {
        if (ticket.State == TicketState.Cancelled)
        {
            return Result.Failure(Error.Conflict("O ticket já está cancelado."));
        }

        if (timerRunning)
        {
            return Result.Failure(Error.Conflict("Há um cronômetro em andamento neste ticket; encerre-o antes de cancelar."));
        }

        if (hasBilledItems)
        {
            return Result.Failure(TicketErrors.HasBilledItems);
        }

        ticket.State = TicketState.Cancelled;
        ticket.StatusId = desk.FirstStatus(StatusKind.Cancelled).Id;
        ticket.ReviewDueAt = null;
        return Result.Success();
    }

    public static void MarkReviewed(Ticket ticket, DateTimeOffset now, bool auto)
    {
        ticket.State = TicketState.Reviewed;
        ticket.ReviewedAt = now;
        ticket.ReviewedOn = BrazilTime.DateOf(now);
        ticket.ReviewDueAt = null;
        ticket.AutoReviewed = auto;
    }
}
