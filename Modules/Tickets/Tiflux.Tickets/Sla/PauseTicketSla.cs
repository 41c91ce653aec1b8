using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Pauses or resumes a ticket's SLA by hand (service-desk.md §6.5): open tickets of a desk that allows it, with a reason.
/// On resume every unmet deadline moves forward by the business time the ticket was paused.
/// </summary>
internal sealed class PauseTicketSla(TicketTransition transition, TicketSlaClock clock, TimeProvider time)
{
    public Task<Result> PauseAsync(int number, string? reason, ActorDto actor, CancellationToken cancellationToken) =>
        transition.ApplyAsync(number, actor, "SLA was stopped", (ticket, desk) =>
        {
            var text = reason?.Trim() ?? "";
            var refusal = Refusal(ticket, desk.SlaCanPause);
            if (refusal is null && ticket.Sla.PausedAt is not null)
            {
                refusal = Error.Conflict("O SLA deste ticket já está pausado.");
            }

            if (refusal is null && text.Length == 0)
            {
                refusal = Error.Validation("Reason", "Informe o motivo da pausa do SLA.");
            }

            if (refusal is null && text.Length > TicketLimits.SlaReason)
            {
                refusal = Error.Validation("Reason", $"O motivo deve ter no máximo {TicketLimits.SlaReason} caracteres.");
            }

            if (refusal is not null)
            {
                return Task.FromResult((Result.Failure(refusal), ""));
            }

            TicketSlaClock.Pause(ticket, time.GetUtcNow(), text, byStatus: false);
            return Task.FromResult((Result.Success(), $"SLA pausado: {text}"));
        }, cancellationToken);

    public Task<Result> ResumeAsync(int number, ActorDto actor, CancellationToken cancellationToken) =>
        transition.ApplyAsync(number, actor, "SLA was resumed", async (ticket, desk) =>
        {
            if (Refusal(ticket, desk.SlaCanPause) is { } refusal)
            {
                return (Result.Failure(refusal), "");
            }

            if (ticket.Sla.PausedAt is null)
            {
                return (Result.Failure(Error.Conflict("O SLA deste ticket não está pausado.")), "");
            }

            var minutes = await clock.ResumeAsync(ticket, desk, time.GetUtcNow(), cancellationToken);
            return (Result.Success(), $"SLA retomado após {PtBr.Hhmm(minutes)} úteis de pausa; prazos em aberto adiados.");
        }, cancellationToken);

    private static Error? Refusal(Ticket ticket, bool deskAllows)
    {
        if (ticket.State != TicketState.Open)
        {
            return TicketErrors.NotOpen;
        }

        if (!ticket.Sla.Active)
        {
            return Error.Conflict("Este ticket não tem SLA ativo.");
        }

        return deskAllows ? null : Error.Conflict("Esta mesa não permite pausar o SLA.");
    }
}
