using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Calendar;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Moves a ticket's SLA clocks when something happens to it (service-desk.md §6.7): the one place that sets deadlines.
/// Every method only changes tracked entities; the caller's SaveChanges writes them with the rest of its action.
/// </summary>
internal sealed partial class TicketSlaClock(TicketsDbContext db, BusinessCalendars calendars)
{
    /// <summary>Starts the clocks of a new (or newly authorised) ticket on a desk with SLA.</summary>
    public async Task StartAsync(Ticket ticket, ServiceDesk desk, DateTimeOffset now, ActorDto? actor, CancellationToken cancellationToken)
    {
        var sla = ticket.Sla;
        sla.Active = desk.SlaEnabled;
        if (!desk.SlaEnabled)
        {
            return;
        }

        sla.AttendanceStart = now;
        sla.SolutionStart = now;
        var calendar = await calendars.ForDeskAsync(desk.Id, cancellationToken);
        Retarget(ticket, calendar, await SlaTargets.ForAsync(db, ticket, desk, cancellationToken));
        await EnterStageAsync(ticket, desk, calendar, now, actor, cancellationToken);
    }

    /// <summary>Recomputes the unmet deadlines after the priority, desk, desk settings or calendar changed.</summary>
    public async Task RetargetAsync(Ticket ticket, ServiceDesk desk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sla = ticket.Sla;
        if (!desk.SlaEnabled || sla.DeactivationReason is not null || ticket.State != TicketState.Open)
        {
            sla.Active = sla.Active && desk.SlaEnabled && sla.DeactivationReason is null;
            return;
        }

        // A desk that starts measuring SLA counts its open tickets from their creation.
        sla.Active = true;
        sla.AttendanceStart ??= ticket.CreatedAt;
        sla.SolutionStart ??= ticket.CreatedAt;
        var calendar = await calendars.ForDeskAsync(desk.Id, cancellationToken);
        Retarget(ticket, calendar, await SlaTargets.ForAsync(db, ticket, desk, cancellationToken));
        if (sla.StageStart is null)
        {
            await EnterStageAsync(ticket, desk, calendar, now, null, cancellationToken);
        }
        else
        {
            SetStageDeadline(sla, desk.Stages.Find(s => s.Id == ticket.StageId), calendar);
        }
    }

    /// <summary>Closes the current stage passage and opens one for the ticket's (new) stage.</summary>
    public async Task EnterStageAsync(Ticket ticket, ServiceDesk desk, DateTimeOffset now, ActorDto? actor, CancellationToken cancellationToken)
    {
        if (!ticket.Sla.Active)
        {
            return;
        }

        var calendar = await calendars.ForDeskAsync(desk.Id, cancellationToken);
        await EnterStageAsync(ticket, desk, calendar, now, actor, cancellationToken);
    }

    /// <summary>Attendance starts (first time entry or timer, first staff answer, leaving the first stage); once.</summary>
    public async Task AttendAsync(Ticket ticket, DateTimeOffset now, ActorDto? actor, CancellationToken cancellationToken)
    {
        ticket.Sla.AttendedAt ??= now;
        var passage = await CurrentPassageAsync(ticket, cancellationToken);
        if (passage is { AttendedAt: null })
        {
            passage.AttendedAt = now;
            passage.AttendedById = actor?.UserId;
            passage.AttendedByName = actor?.Name;
        }
    }

    /// <summary>A reopened ticket gets a full new solution window from now; attendance is not measured again.</summary>
    public async Task ReopenAsync(Ticket ticket, ServiceDesk desk, DateTimeOffset now, ActorDto? actor, CancellationToken cancellationToken)
    {
        var sla = ticket.Sla;
        if (!sla.Active)
        {
            return;
        }

        sla.SolutionStart = now;
        sla.SolutionPaused = 0;
        sla.SolutionBreachNotifiedAt = null;
        var calendar = await calendars.ForDeskAsync(desk.Id, cancellationToken);
        Retarget(ticket, calendar, await SlaTargets.ForAsync(db, ticket, desk, cancellationToken));
        await EnterStageAsync(ticket, desk, calendar, now, actor, cancellationToken);
    }

    /// <summary>Stops every clock; <see cref="ResumeAsync"/> moves the unmet deadlines by the business time paused.</summary>
    public static void Pause(Ticket ticket, DateTimeOffset now, string reason, bool byStatus)
    {
        ticket.Sla.PausedAt = now;
        ticket.Sla.PauseReason = reason;
        ticket.Sla.PausedByStatus = byStatus;
    }

    public async Task<int> ResumeAsync(Ticket ticket, ServiceDesk desk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sla = ticket.Sla;
        if (sla.PausedAt is not { } pausedAt)
        {
            return 0;
        }

        var calendar = await calendars.ForDeskAsync(desk.Id, cancellationToken);
        var paused = calendar.BusinessMinutesBetween(pausedAt, now);
        sla.PausedAt = null;
        sla.PauseReason = null;
        sla.PausedByStatus = false;
        if (sla.AttendedAt is null)
        {
            sla.AttendancePaused += paused;
        }

        sla.SolutionPaused += paused;
        sla.StagePaused += paused;
        Retarget(ticket, calendar, await SlaTargets.ForAsync(db, ticket, desk, cancellationToken));
        SetStageDeadline(sla, desk.Stages.Find(s => s.Id == ticket.StageId), calendar);
        return paused;
    }

    /// <summary>Leaving the ticket (closed, cancelled): the current passage ends.</summary>
    public async Task LeaveStageAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var passage = await CurrentPassageAsync(ticket, cancellationToken);
        if (passage is not null)
        {
            var calendar = await calendars.ForDeskAsync(passage.DeskId, cancellationToken);
            End(passage, calendar, now);
        }
    }

    private static void Retarget(Ticket ticket, BusinessCalendar calendar, (int? Attendance, int? Solution) targets)
    {
        var sla = ticket.Sla;
        var (attendance, solution) = targets;
        if (sla.AttendedAt is null)
        {
            sla.AttendanceTarget = attendance;
            (sla.AttendanceDeadline, sla.AttendanceWarnAt) = Clock(calendar, sla.AttendanceStart, attendance, sla.AttendancePaused);
        }

        sla.SolutionTarget = solution;
        (sla.SolutionDeadline, sla.SolutionWarnAt) = Clock(calendar, sla.SolutionStart, solution, sla.SolutionPaused);
    }

    private static (DateTimeOffset?, DateTimeOffset?) Clock(BusinessCalendar calendar, DateTimeOffset? start, int? target, int paused) =>
        start is { } from && target is { } minutes ? SlaRules.Deadline(calendar, from, minutes, paused) : (null, null);

    private static void SetStageDeadline(TicketSla sla, DeskStage? stage, BusinessCalendar calendar)
    {
        sla.StageTarget = stage?.SlaMaxMinutes;
        (sla.StageDeadline, sla.StageWarnAt) = Clock(calendar, sla.StageStart, sla.StageTarget, sla.StagePaused);
    }

    private async Task EnterStageAsync(Ticket ticket, ServiceDesk desk, BusinessCalendar calendar, DateTimeOffset now, ActorDto? actor, CancellationToken cancellationToken)
    {
        var current = await CurrentPassageAsync(ticket, cancellationToken);
        if (current is not null)
        {
            End(current, await calendars.ForDeskAsync(current.DeskId, cancellationToken), now);
        }

        var sla = ticket.Sla;
        var stage = desk.Stages.Find(s => s.Id == ticket.StageId);
        sla.StageStart = now;
        sla.StagePaused = 0;
        sla.StageBreachNotifiedAt = null;
        SetStageDeadline(sla, stage, calendar);
        db.StageSlas.Add(new TicketStageSla
        {
            TicketId = ticket.Id,
            DeskId = desk.Id,
            DeskName = desk.Name,
            StageId = ticket.StageId,
            StageName = stage?.Name ?? "",
            EnteredAt = now,
            EnteredById = actor?.UserId,
            EnteredByName = actor?.Name,
            Expiration = sla.StageDeadline,
        });
    }

    private static void End(TicketStageSla passage, BusinessCalendar calendar, DateTimeOffset now)
    {
        passage.LeftAt = now;
        passage.MinutesInExpedient = calendar.BusinessMinutesBetween(passage.EnteredAt, now);
        passage.SlaAttended = passage.Expiration is not { } expiration || (passage.AttendedAt ?? now) <= expiration;
    }

    // The passage added in this unit of work (not saved yet) wins over the stored open one.
    private async Task<TicketStageSla?> CurrentPassageAsync(Ticket ticket, CancellationToken cancellationToken) =>
        db.StageSlas.Local.Where(p => p.TicketId == ticket.Id && p.LeftAt is null).MaxBy(p => p.EnteredAt)
        ?? await db.StageSlas.Where(p => p.TicketId == ticket.Id && p.LeftAt == null)
            .OrderByDescending(p => p.EnteredAt).FirstOrDefaultAsync(cancellationToken);
}
