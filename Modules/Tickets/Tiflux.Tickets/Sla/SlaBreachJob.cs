using Hangfire;
using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Outbox;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Marks the SLA breaches of open tickets and queues one <see cref="TicketSlaBreached"/> per breach, in the transaction
/// that marks it. Rows are claimed with FOR UPDATE SKIP LOCKED, so parallel workers never notify a breach twice, and a
/// crash before the commit leaves the breach unmarked for the next run.
/// </summary>
internal sealed class SlaBreachJob(TicketsDbContext db, TicketsOutboxKick outbox, TimeProvider time)
{
    public const string RecurringId = "tickets.sla-breaches";

    private const int Batch = 200;

    // The unpaused open tickets with a measured SLA past a deadline whose breach nobody was told about yet.
    private const string DueSql = """
        SELECT * FROM tickets.tickets
        WHERE state = 1 AND sla_active AND sla_paused_at IS NULL AND (
            (sla_attended_at IS NULL AND sla_attendance_deadline < {0} AND sla_attendance_breach_notified_at IS NULL)
            OR (sla_solution_deadline < {0} AND sla_solution_breach_notified_at IS NULL)
            OR (sla_stage_deadline < {0} AND sla_stage_breach_notified_at IS NULL))
        ORDER BY number
        LIMIT {1}
        FOR UPDATE SKIP LOCKED
        """;

    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int count;
        do
        {
            count = await RunBatchAsync(cancellationToken);
            total += count;
        }
        while (count == Batch);

        if (total > 0)
        {
            outbox.AfterCommit();
        }

        return total;
    }

    private async Task<int> RunBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tickets = await db.Tickets.FromSqlRaw(DueSql, now, Batch).ToListAsync(cancellationToken);
        foreach (var ticket in tickets)
        {
            var sla = ticket.Sla;
            if (sla.AttendedAt is null && sla.AttendanceDeadline < now && sla.AttendanceBreachNotifiedAt is null)
            {
                sla.AttendanceBreachNotifiedAt = now;
                Notify(ticket, SlaClock.Attendance, sla.AttendanceDeadline.Value, now);
            }

            if (sla.SolutionDeadline < now && sla.SolutionBreachNotifiedAt is null)
            {
                sla.SolutionBreachNotifiedAt = now;
                Notify(ticket, SlaClock.Solution, sla.SolutionDeadline.Value, now);
            }

            if (sla.StageDeadline < now && sla.StageBreachNotifiedAt is null)
            {
                sla.StageBreachNotifiedAt = now;
                Notify(ticket, SlaClock.Stage, sla.StageDeadline.Value, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return tickets.Count;
    }

    private void Notify(Ticket ticket, SlaClock clock, DateTimeOffset deadline, DateTimeOffset now)
    {
        db.History.Add(ticket.Record(now, null, HistoryArea.Ticket, HistoryOperation.Updated, "SLA was breached", clock switch
        {
            SlaClock.Attendance => "Prazo de atendimento (SLA) estourado.",
            SlaClock.Solution => "Prazo de solução (SLA) estourado.",
            _ => "Tempo máximo do estágio (SLA) estourado.",
        }));
        db.Outbox.Add(OutboxMessages.From(TicketsEventTypes.SlaBreached, new TicketSlaBreached(
            Guid.CreateVersion7(), now, ticket.Number, ticket.Title, ticket.ClientName, clock, deadline, ticket.ResponsibleUserId, ticket.ResponsibleName)));
    }
}
