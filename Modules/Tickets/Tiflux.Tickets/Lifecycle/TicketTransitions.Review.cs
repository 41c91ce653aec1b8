using Tiflux.SharedKernel;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>The review step of the state machine: who may review on the desk, approve with a rating or disapprove and reopen.</summary>
internal static partial class TicketTransitions
{
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
}
