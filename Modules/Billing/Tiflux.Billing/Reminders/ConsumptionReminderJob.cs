using Hangfire;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Billing.Forecast;
using Tiflux.Billing.Outbox;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Reminders;

/// <summary>
/// Lembrete de consumo: for contracts with a reminder, measures the current cycle's consumption against its allowance
/// (hours, tickets or credit; Livre and Produto/SaaS have none) and, once it reaches the percentage, publishes
/// <see cref="ConsumptionThresholdReached"/>. The "sent" row and the outbox event are written in one transaction, so
/// the unique (contract, cycle) row makes "one reminder per cycle" a database guarantee; Notifications consumes the
/// event and queues the e-mail (the outbox retries it until it is queued).
/// </summary>
internal sealed class ConsumptionReminderJob(
    IContractsModule contracts,
    ITicketBilling tickets,
    BillingDbContext db,
    TimeProvider clock,
    ForecastContracts forecasts,
    IBackgroundJobClient? jobs = null)
{
    public const string RecurringId = "billing.consumption-reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        var terms = (await contracts.GetContractTermsAsync(new ContractTermsRequest(null, null), cancellationToken))
            .Where(t => t.Reminder is not null && t.Status is ContractStatus.Active or ContractStatus.PendingAdjustment)
            .ToList();
        var clients = (await contracts.GetClientsAsync([.. terms.Select(t => t.ClientId).Distinct()], cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var contractIds = terms.Select(t => t.Id).ToList();
        var alreadySent = (await db.RemindersSent.AsNoTracking().Where(r => contractIds.Contains(r.ContractId))
            .Select(r => new { r.ContractId, r.CycleIndex }).ToListAsync(cancellationToken))
            .Select(r => (r.ContractId, r.CycleIndex)).ToHashSet();
        var sent = 0;
        foreach (var contract in terms)
        {
            if (await contracts.GetCycleAsync(contract.Id, today, cancellationToken) is not { } cycle
                || alreadySent.Contains((contract.Id, cycle.Index)))
            {
                continue;
            }

            var entries = (await tickets.GetContractConsumptionAsync(
                new ContractConsumptionRequest([.. contract.Riders.Select(r => r.Id)], null, cycle.Start, cycle.End), cancellationToken)).Entries;
            if (Measure(contract, cycle.Rider, entries) is not { } usage || usage.Percent < contract.Reminder!.Percent)
            {
                continue;
            }

            sent += await PublishAsync(contract, cycle, usage, clients.GetValueOrDefault(contract.ClientId, "?"), cancellationToken) ? 1 : 0;
        }

        // The recurring outbox job would deliver within a minute; with new events it runs at once.
        if (sent > 0)
        {
            jobs?.Enqueue<BillingOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }

        return sent;
    }

    internal sealed record Usage(int Percent, string Consumed, string Included);

    internal static Usage? Measure(ContractTermsDto contract, RiderTermsDto rider, IReadOnlyList<ConsumptionEntryDto> entries) =>
        CycleUsage.Measure(contract, rider, entries) switch
        {
            { IncludedMinutes: > 0 and var included } usage => new Usage(usage.UsedMinutes * 100 / included, PtBr.Hhmm(usage.UsedMinutes), PtBr.Hhmm(included)),
            { IncludedTickets: > 0 and var included, UsedTickets: var used } => new Usage((used ?? 0) * 100 / included, $"{used ?? 0} ticket(s)", $"{included} ticket(s)"),
            { IncludedCredit: > 0 and var included, UsedCredit: var used } => new Usage((int)((used ?? 0m) * 100 / included), PtBr.Money(used ?? 0m), PtBr.Money(included)),
            _ => null,
        };

    private async Task<bool> PublishAsync(ContractTermsDto contract, ContractCycleDto cycle, Usage usage, string clientName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var forecast = (await forecasts.HandleAsync([contract.ClientId], cancellationToken)).FirstOrDefault(f => f.ContractId == contract.Id);
        db.RemindersSent.Add(new ConsumptionReminderSent { ContractId = contract.Id, CycleIndex = cycle.Index, PercentUsed = usage.Percent, SentAt = now });
        db.Outbox.Add(OutboxMessages.From(BillingEventTypes.ConsumptionThresholdReached, new ConsumptionThresholdReached(
            Guid.CreateVersion7(), now, contract.Id, cycle.Index, contract.Name, clientName, PtBr.Period(cycle.Start, cycle.End),
            usage.Consumed, usage.Included, usage.Percent, contract.Reminder!.Percent, contract.Reminder.Emails, forecast?.Headline)));
        try
        {
            // One SaveChanges is one transaction: the row and the event commit together or not at all.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
