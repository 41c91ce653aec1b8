using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>What of a ticket moves its SLA, taken before a change so the clock can compare.</summary>
internal sealed record SlaSnapshot(
    Guid DeskId, Guid StageId, Guid StatusId, Guid PriorityId, Guid? CatalogItemId, TicketState State, TicketAuthorization Authorization)
{
    public static SlaSnapshot Of(Ticket t) => new(t.DeskId, t.StageId, t.StatusId, t.PriorityId, t.ServicesCatalogItemId, t.State, t.Authorization);
}

internal sealed partial class TicketSlaClock
{
    /// <summary>
    /// Applies the recalculation rules of service-desk.md §6.7 to whatever changed since <paramref name="before"/>:
    /// authorisation starts the clocks, a transfer or a priority change retargets them, a stage change opens a new
    /// passage (leaving the first stage starts attendance), a pausing status pauses, closing ends the passage, and
    /// reopening gives a new solution window.
    /// </summary>
    public async Task AfterChangeAsync(Ticket ticket, SlaSnapshot before, ServiceDesk desk, DateTimeOffset now, ActorDto? actor, CancellationToken cancellationToken)
    {
        if (before.Authorization == TicketAuthorization.Pending && ticket.Authorization == TicketAuthorization.Authorized)
        {
            await StartAsync(ticket, desk, now, actor, cancellationToken);
            return;
        }

        var reopened = before.State != TicketState.Open && ticket.State == TicketState.Open;
        if (reopened)
        {
            await ReopenAsync(ticket, desk, now, actor, cancellationToken);
            return;
        }

        await FollowStatusAsync(ticket, before, desk, now, cancellationToken);
        if (before.DeskId != ticket.DeskId)
        {
            await LeaveStageAsync(ticket, now, cancellationToken);
            ticket.Sla.StageStart = null;
            await RetargetAsync(ticket, desk, now, cancellationToken);
            return;
        }

        if (before.PriorityId != ticket.PriorityId || before.CatalogItemId != ticket.ServicesCatalogItemId)
        {
            await RetargetAsync(ticket, desk, now, cancellationToken);
        }

        if (before.StageId != ticket.StageId && desk.Stages.Count > 0 && before.StageId == desk.FirstStage().Id)
        {
            await AttendAsync(ticket, now, actor, cancellationToken);
        }

        if (ticket.State != TicketState.Open)
        {
            if (before.State == TicketState.Open)
            {
                await LeaveStageAsync(ticket, now, cancellationToken);
            }
        }
        else if (before.StageId != ticket.StageId)
        {
            await EnterStageAsync(ticket, desk, now, actor, cancellationToken);
        }
    }

    // A status that pauses the SLA pauses it on entry and resumes it on exit (only the pause it made itself); a ticket
    // leaving the open statuses (closed, cancelled) resumes a status pause so its clocks end where they stood.
    private async Task FollowStatusAsync(Ticket ticket, SlaSnapshot before, ServiceDesk desk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (before.StatusId == ticket.StatusId || !ticket.Sla.Active)
        {
            return;
        }

        var status = desk.Statuses.Find(s => s.Id == ticket.StatusId);
        if (status is { PausesSla: true } && ticket.State == TicketState.Open && ticket.Sla.PausedAt is null)
        {
            Pause(ticket, now, status.Name, byStatus: true);
        }
        else if (ticket.Sla.PausedByStatus && status is not { PausesSla: true })
        {
            await ResumeAsync(ticket, desk, now, cancellationToken);
        }
    }
}
