using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Switches a ticket's SLA off with a reason (Tiflux's <c>desactivate_sla_reason</c>): the deadlines stay for display,
/// the ticket counts as "no SLA" and no breach is notified. The caller checks the permission.
/// </summary>
internal sealed class DeactivateTicketSla(TicketTransition transition)
{
    public Task<Result> HandleAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        transition.ApplyAsync(number, actor, "SLA was deactivated", (ticket, _) =>
        {
            var text = reason?.Trim() ?? "";
            Error? refusal = ticket.State != TicketState.Open ? TicketErrors.NotOpen
                : !ticket.Sla.Active ? Error.Conflict("Este ticket não tem SLA ativo.")
                : text.Length == 0 ? Error.Validation("Reason", "Informe o motivo para desativar o SLA.")
                : text.Length > TicketLimits.SlaReason ? Error.Validation("Reason", $"O motivo deve ter no máximo {TicketLimits.SlaReason} caracteres.")
                : null;
            if (refusal is not null)
            {
                return Task.FromResult((Result.Failure(refusal), ""));
            }

            ticket.Sla.Active = false;
            ticket.Sla.DeactivationReason = text;
            ticket.Sla.PausedAt = null;
            ticket.Sla.PauseReason = null;
            ticket.Sla.PausedByStatus = false;
            return Task.FromResult((Result.Success(), $"SLA desativado: {text}"));
        }, cancellationToken);
}
