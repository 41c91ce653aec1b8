using Tiflux.Api.Conventions;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>
/// <c>stopped</c> + <c>stop_answer</c> of PUT /tickets/{n} (api-v2.md §3.5, service-desk.md §6.5): true pauses the SLA,
/// false resumes it, only when that differs from the ticket's state. What the body alone can tell (a missing reason, a
/// desk that does not allow pausing) is checked with the other fields, so the update is not written before a refusal.
/// </summary>
internal sealed record TicketSlaPauseChange(bool Stop, string? Reason)
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal) { ["Reason"] = "stop_answer" };

    /// <summary>The change the body asks for, or null when it sends no <c>stopped</c>; <paramref name="desk"/> is the desk after the update.</summary>
    public static TicketSlaPauseChange? Read(BodyReader body, TicketDto ticket, DeskDto desk)
    {
        var stop = body.Bool("stopped");
        var reason = body.String("stop_answer", maxLength: TicketLimits.SlaReason);
        if (stop is null)
        {
            return null;
        }

        if (stop == ticket.Sla.Paused)
        {
            return new TicketSlaPauseChange(stop.Value, reason);
        }

        if (!desk.Sla.Enabled || !desk.Sla.CanPause)
        {
            body.Fail("stopped", "this desk does not allow stopping the SLA (can_stop_sla is false)");
        }
        else if (!ticket.Sla.Active)
        {
            body.Fail("stopped", "this ticket has no active SLA");
        }
        else if (stop.Value && string.IsNullOrWhiteSpace(reason))
        {
            body.Fail("stop_answer", "can't be blank when stopping the SLA");
        }

        return new TicketSlaPauseChange(stop.Value, reason);
    }

    /// <summary>Pauses or resumes when the ticket (as updated) is not in that state yet; a refusal is a 422 on <c>stopped</c>.</summary>
    public async Task ApplyAsync(TicketDto ticket, ITicketSla sla, ActorDto actor, CancellationToken cancellationToken)
    {
        if (Stop == ticket.Sla.Paused)
        {
            return;
        }

        var result = Stop
            ? await sla.PauseAsync(ticket.Number, Reason, actor, cancellationToken)
            : await sla.ResumeAsync(ticket.Number, actor, cancellationToken);
        if (!result.IsSuccess)
        {
            var detail = result.Errors
                .GroupBy(e => e.Field is { } field ? Fields.GetValueOrDefault(field, "stopped") : "stopped")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            throw new ApiErrorException(ApiError.Custom(422, 42202, detail));
        }
    }
}
