using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

/// <summary>
/// The SLA clocks of service-desk.md §6 on a desk with the organisation's default hours (Mon–Fri 08:00–18:00,
/// São Paulo, UTC−03:00). Every test starts on Monday 2026-12-07 09:00 local (12:00 UTC), a business day.
/// Targets: Normal = atendimento 01:00, solução 10:00; Alta = 00:30 / 04:00; stage Triagem 00:30.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SlaTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static readonly DateTimeOffset Monday9 = Local(7, 9);

    // The clock answers UTC, as the real TimeProvider does; equality of instants ignores the offset.
    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new DateTimeOffset(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(-3)).ToUniversalTime();

    private async Task<(Scenario S, DeskDto Desk, int Ticket)> TicketOnSlaDeskAsync(bool canPause = true, bool pausingStatus = false)
    {
        db.Clock.Now = Monday9;
        var s = await Scenario.CreateAsync(db);
        var deskId = await s.DeskAsync(review: true);
        var desk = (await db.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == deskId);
        if (pausingStatus)
        {
            await db.WithTickets((ITicketSetup t) => t.SaveDeskAsync(
                new SaveDeskRequest(deskId, desk.Name, ["Triagem", "Atendimento", "Concluído"],
                    [new("Aberto", StatusKind.Open), new("Aguardando cliente", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                    ["Normal", "Alta"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, true), CancellationToken.None));
            desk = (await db.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == deskId);
        }

        var saved = await db.WithTickets((ITicketSla t) => t.SaveDeskSlaAsync(new SaveDeskSlaRequest(
            deskId, true, 95, canPause,
            [new(desk.Priorities[0].Id, 60, 600), new(desk.Priorities[1].Id, 30, 240)],
            [new(desk.Stages[0].Id, 30)],
            [.. desk.Statuses.Where(x => x.Name == "Aguardando cliente").Select(x => x.Id)]), CancellationToken.None));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
        return (s, desk, await s.TicketAsync(deskId));
    }

    [Fact]
    public async Task NewTicket_GetsDeadlinesInBusinessTime()
    {
        var (s, _, ticket) = await TicketOnSlaDeskAsync();

        var sla = (await s.GetAsync(ticket)).Sla;

        Assert.True(sla.Measured);
        // 09:00 + 01:00 = 10:00; 09:00 + 10:00 business = 9 h on Monday (to 18:00) + 1 h from Tuesday 08:00 = Tue 09:00.
        Assert.Equal(Local(7, 10), sla.Attendance.Deadline);
        Assert.Equal(Local(8, 9), sla.Solution.Deadline);
        Assert.Equal(Local(7, 9, 30), sla.Stage.Deadline);
        Assert.Equal(SlaClockState.OnTime, sla.Solution.StateAt(Monday9, sla));
        // Expiring from 80 % of the target (8 h: Monday 17:00) or 60 min before the deadline (Tue 08:00): the earlier.
        Assert.Equal(Local(7, 17), sla.Solution.WarnAt);
        Assert.Equal(SlaClockState.Expiring, sla.Solution.StateAt(Local(7, 17, 30), sla));
        Assert.Equal(SlaClockState.Late, sla.Solution.StateAt(Local(8, 9, 1), sla));
    }

    [Fact]
    public async Task AHolidayAddedOrRemoved_MovesTheOpenTicketsDeadlines()
    {
        var (s, desk, ticket) = await TicketOnSlaDeskAsync();

        // Tuesday 08/12 becomes a holiday of this desk: the hour left after Monday moves to Wednesday 08:00–09:00.
        var holiday = await db.WithTickets((ITicketCalendar c) => c.SaveHolidayAsync(new SaveHolidayRequest(null, new DateOnly(2026, 12, 8), "Feriado local", false, [desk.Id]), CancellationToken.None));
        Assert.True(holiday.IsSuccess, string.Join("; ", holiday.Errors.Select(e => e.Message)));
        Assert.Equal(Local(9, 9), (await s.GetAsync(ticket)).Sla.Solution.Deadline);

        Assert.True((await db.WithTickets((ITicketCalendar c) => c.RemoveHolidayAsync(holiday.Value, CancellationToken.None))).IsSuccess);
        Assert.Equal(Local(8, 9), (await s.GetAsync(ticket)).Sla.Solution.Deadline);
    }

    [Fact]
    public async Task PriorityChange_RecomputesFromTheOriginalStart()
    {
        var (s, desk, ticket) = await TicketOnSlaDeskAsync();
        var dto = await s.GetAsync(ticket);
        db.Clock.Now = Local(7, 9, 20);

        var changed = await db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(ticket, dto.Title, dto.Description, dto.StageId, dto.StatusId, desk.Priorities[1].Id, null, null, dto.RequesterName, dto.RequesterEmail, null)
            { PriorityChangeReason = "Servidor parado" }, Scenario.Tech, CancellationToken.None));

        Assert.True(changed.IsSuccess, string.Join("; ", changed.Errors.Select(e => e.Message)));
        var sla = (await s.GetAsync(ticket)).Sla;
        Assert.Equal((Local(7, 9, 30), Local(7, 13)), (sla.Attendance.Deadline, sla.Solution.Deadline));
    }

    [Fact]
    public async Task TimeEntry_MeetsAttendance_AndLeavingTheStage_EndsItsPassage()
    {
        var (s, desk, ticket) = await TicketOnSlaDeskAsync();
        db.Clock.Now = Local(7, 9, 40);
        await db.WithTickets((ITicketWork t) => t.StartTimerAsync(ticket, Scenario.Tech, CancellationToken.None));
        var dto = await s.GetAsync(ticket);
        db.Clock.Now = Local(7, 10, 15);
        var moved = await db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(ticket, dto.Title, dto.Description, desk.Stages[1].Id, dto.StatusId, dto.PriorityId, null, null, dto.RequesterName, dto.RequesterEmail, null),
            Scenario.Tech, CancellationToken.None));

        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors.Select(e => e.Message)));
        var sla = (await s.GetAsync(ticket)).Sla;
        Assert.Equal(Local(7, 9, 40), sla.Attendance.MetAt);
        Assert.Equal(SlaClockState.MetOnTime, sla.Attendance.StateAt(Local(7, 12), sla));
        var passages = (await db.WithTickets((ITicketSla t) => t.ListStageSlasAsync(ticket, 1, 10, CancellationToken.None))).Value.Items;
        Assert.Equal(["Atendimento", "Triagem"], passages.Select(p => p.StageName));
        var triage = passages[1];
        // Attended at 09:40, after the stage's 09:30 expiration: the stage SLA was missed; 75 business minutes in it.
        Assert.Equal((false, 75, Local(7, 9, 40)), (triage.SlaAttended, triage.MinutesInExpedient, triage.AttendedAt));
        Assert.Null(passages[0].LeftAt);
    }

    [Fact]
    public async Task Pause_StopsTheClocks_AndResumeMovesUnmetDeadlines()
    {
        var (s, _, ticket) = await TicketOnSlaDeskAsync();
        db.Clock.Now = Local(7, 9, 30);
        var noReason = await db.WithTickets((ITicketSla t) => t.PauseAsync(ticket, " ", Scenario.Tech, CancellationToken.None));
        var paused = await db.WithTickets((ITicketSla t) => t.PauseAsync(ticket, "Aguardando peça", Scenario.Tech, CancellationToken.None));
        var closeWhilePaused = await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket, Scenario.Tech, CancellationToken.None));
        var pausedSla = (await s.GetAsync(ticket)).Sla;
        var expiringWhilePaused = await ExpiringAsync(Local(31, 0));
        // Paused Monday 09:30 → resumed Tuesday 10:00: 08:30 on Monday + 02:00 on Tuesday = 10:30 business.
        db.Clock.Now = Local(8, 10);
        var resumed = await db.WithTickets((ITicketSla t) => t.ResumeAsync(ticket, Scenario.Tech, CancellationToken.None));

        Assert.Equal("Informe o motivo da pausa do SLA.", Assert.Single(noReason.Errors).Message);
        Assert.True(paused.IsSuccess);
        Assert.Equal(TicketErrors.SlaPaused.Message, Assert.Single(closeWhilePaused.Errors).Message);
        Assert.Equal(SlaClockState.Paused, pausedSla.Solution.StateAt(Local(9, 12), pausedSla));
        Assert.DoesNotContain(ticket, expiringWhilePaused);
        Assert.True(resumed.IsSuccess);
        var sla = (await s.GetAsync(ticket)).Sla;
        // Attendance 10:00 Mon + 10:30 = 10:30 Tue (08:00 Mon + ... ): Mon 10:00→18:00 = 8 h, Tue 08:00 + 2:30 = 10:30.
        Assert.Equal(Local(8, 10, 30), sla.Attendance.Deadline);
        // Solution Tue 09:00 + 10:30: Tue 09:00→18:00 = 9 h, Wed 08:00 + 1:30 = 09:30.
        Assert.Equal(Local(9, 9, 30), sla.Solution.Deadline);
    }

    [Fact]
    public async Task Pause_IsRefused_WhenTheDeskDoesNotAllowIt()
    {
        var (_, _, ticket) = await TicketOnSlaDeskAsync(canPause: false);

        var result = await db.WithTickets((ITicketSla t) => t.PauseAsync(ticket, "Aguardando", Scenario.Tech, CancellationToken.None));

        Assert.Equal("Esta mesa não permite pausar o SLA.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task PausingStatus_PausesOnEntry_AndResumesOnExit()
    {
        var (s, desk, ticket) = await TicketOnSlaDeskAsync(canPause: false, pausingStatus: true);
        var waiting = desk.Statuses.Single(x => x.Name == "Aguardando cliente");
        var open = desk.Statuses.Single(x => x.Name == "Aberto");
        db.Clock.Now = Local(7, 11);
        await SetStatusAsync(s, ticket, waiting.Id);
        var paused = (await s.GetAsync(ticket)).Sla;
        db.Clock.Now = Local(7, 13);
        await SetStatusAsync(s, ticket, open.Id);

        Assert.Equal((Local(7, 11), "Aguardando cliente"), (paused.PausedAt, paused.PauseReason));
        var sla = (await s.GetAsync(ticket)).Sla;
        Assert.False(sla.Paused);
        Assert.Equal(Local(8, 11), sla.Solution.Deadline);
    }

    [Fact]
    public async Task ExpiringBefore_ListsOpenUnpausedTicketsByDeadline_LateOnesIncluded()
    {
        var (s, desk, first) = await TicketOnSlaDeskAsync();
        db.Clock.Now = Local(7, 10);
        var second = await s.TicketAsync(desk.Id);

        var until = await ExpiringAsync(Local(8, 9, 30));
        var ordered = await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(
            new TicketListRequest(DeskId: desk.Id) { OrderBySlaDeadline = true }, CancellationToken.None));

        Assert.Equal([first], until.Where(n => n == first || n == second));
        Assert.Equal([first, second], ordered.Items.Select(i => i.Number));
    }

    [Fact]
    public async Task BreachJob_NotifiesEachBreachOnce_EvenWithParallelRuns()
    {
        var (_, _, ticket) = await TicketOnSlaDeskAsync();
        db.Clock.Now = Local(7, 10, 1);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunBreachJobAsync()));
        var again = await RunBreachJobAsync();

        Assert.Equal(0, again);
        var events = await BreachEventsAsync(ticket);
        // Attendance (10:00) and stage (09:30) passed; the solution (Tue 09:00) did not.
        Assert.Equal(2, events);
        Assert.True(runs.Sum() >= 1);
    }

    [Fact]
    public async Task Reopen_GivesANewSolutionWindow()
    {
        var (s, _, ticket) = await TicketOnSlaDeskAsync();
        db.Clock.Now = Local(7, 11);
        await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket, Scenario.Tech, CancellationToken.None));
        var closed = (await s.GetAsync(ticket)).Sla;
        db.Clock.Now = Local(9, 14);
        var reopened = await db.WithTickets((ITicketLifecycle t) => t.ReopenTicketAsync(ticket, "Voltou a falhar", Scenario.Tech, CancellationToken.None));

        Assert.Equal(SlaClockState.MetOnTime, closed.Solution.StateAt(Local(7, 12), closed));
        Assert.True(reopened.IsSuccess, string.Join("; ", reopened.Errors.Select(e => e.Message)));
        var sla = (await s.GetAsync(ticket)).Sla;
        // Wednesday 14:00 + 10:00 business: 4 h to 18:00, 6 h from Thursday 08:00 = Thursday 14:00.
        Assert.Equal(Local(10, 14), sla.Solution.Deadline);
    }

    private async Task SetStatusAsync(Scenario s, int ticket, Guid statusId)
    {
        var dto = await s.GetAsync(ticket);
        var result = await db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(ticket, dto.Title, dto.Description, dto.StageId, statusId, dto.PriorityId, null, null, dto.RequesterName, dto.RequesterEmail, null),
            Scenario.Tech, CancellationToken.None));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private async Task<List<int>> ExpiringAsync(DateTimeOffset before) =>
        [.. (await db.WithTickets((ITicketQueries t) => t.ListTicketsAsync(
            new TicketListRequest(PageSize: 200) { SlaExpiringBefore = before }, CancellationToken.None))).Items.Select(i => i.Number)];

    private async Task<int> RunBreachJobAsync()
    {
        using var scope = db.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SlaBreachJob>().RunAsync(CancellationToken.None);
    }

    private async Task<int> BreachEventsAsync(int ticket)
    {
        using var scope = db.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<TicketsDbContext>();
        return await context.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM tickets.outbox_messages WHERE type = {TicketsEventTypes.SlaBreached} AND (payload::jsonb->>'ticketNumber')::int = {ticket}")
            .SingleAsync();
    }
}
