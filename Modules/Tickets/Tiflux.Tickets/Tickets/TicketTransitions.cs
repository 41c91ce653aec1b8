using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tickets;

/// <summary>The state machine of domain §4: Open → AwaitingReview → Reviewed, reopen (not when billed), cancel.</summary>
internal static class TicketTransitions
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

    public static Result Review(Ticket ticket, ServiceDesk desk, ReviewTicketRequest request, DateTimeOffset now)
    {
        if (ticket.State != TicketState.AwaitingReview)
        {
            return Result.Failure(Error.Conflict("O ticket não está aguardando revisão."));
        }

        var allowed = desk.ReviewerKind switch
        {
            ReviewerKind.RequesterOnly => request.Role == ReviewerRole.Requester,
            ReviewerKind.PermissionedUsers => request.Role == ReviewerRole.PermissionedUser,
            _ => true,
        };
        if (!allowed)
        {
            return Result.Failure(Error.Conflict(desk.ReviewerKind == ReviewerKind.RequesterOnly
                ? "Nesta mesa, somente o solicitante pode revisar o ticket."
                : "Nesta mesa, somente usuários com permissão podem revisar o ticket."));
        }

        if (request.Approve)
        {
            if (request.Rating is < 1 or > 5)
            {
                return Result.Failure(Error.Validation("Rating", "A avaliação deve ser de 1 a 5."));
            }

            MarkReviewed(ticket, now, auto: false);
            ticket.Rating = request.Rating;
            ticket.ReviewComment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
            return Result.Success();
        }

        if (string.IsNullOrWhiteSpace(request.Comment))
        {
            return Result.Failure(Error.Validation("Comment", "Informe o motivo da reprovação."));
        }

        Reopen(ticket, desk);
        ticket.DisapprovalReason = request.Comment.Trim();
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
