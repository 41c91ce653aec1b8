using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Reminders;

/// <summary>
/// Lembrete de consumo: for contracts with a reminder, measures the current cycle's consumption against its allowance
/// (hours, tickets or credit; Livre and Produto/SaaS have none) and, once it reaches the percentage, queues one e-mail
/// per cycle. The "sent" row and the queued message are written together: if queueing fails the row is rolled back.
/// </summary>
internal sealed class ConsumptionReminderJob(
    IContractsModule contracts,
    ITicketsModule tickets,
    IServiceProvider services,
    BillingDbContext db,
    TimeProvider clock)
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

            sent += await SendAsync(contract, cycle, usage, clients.GetValueOrDefault(contract.ClientId, "?"), cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    internal sealed record Usage(int Percent, string Consumed, string Included);

    internal static Usage? Measure(ContractTermsDto contract, RiderTermsDto rider, IReadOnlyList<ConsumptionEntryDto> entries)
    {
        var counted = entries.Where(e => !e.Warranty).ToList();
        int Billed(ConsumptionEntryDto e) => TimeRounding.Billed(e.Minutes, contract.TimeRoundingIncrementMinutes, contract.MinimumMinutesPerEntry);
        switch (contract.Modality)
        {
            case var family when family.UsesHours() && rider.IncludedMinutes is > 0:
                var minutes = counted.Sum(Billed);
                return new Usage(minutes * 100 / rider.IncludedMinutes.Value, PtBr.Hhmm(minutes), PtBr.Hhmm(rider.IncludedMinutes.Value));
            case ContractModality.PerTicket when rider.IncludedTickets is > 0:
                var ticketCount = counted.Select(e => e.TicketNumber).Distinct().Count();
                return new Usage(ticketCount * 100 / rider.IncludedTickets.Value, $"{ticketCount} ticket(s)", $"{rider.IncludedTickets} ticket(s)");
            case var family when family.UsesCredit() && rider.Value > 0:
                var rates = contract.Riders.ToDictionary(r => r.Id);
                var money = counted.Sum(e => Money.ForMinutes(Billed(e), rates.TryGetValue(e.RiderId, out var r) ? r.RateFor(e.Mode) ?? 0m : 0m));
                return new Usage((int)(money * 100 / rider.Value), PtBr.Money(money), PtBr.Money(rider.Value));
            default:
                return null;
        }
    }

    private async Task<bool> SendAsync(ContractTermsDto contract, ContractCycleDto cycle, Usage usage, string clientName, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.RemindersSent.Add(new ConsumptionReminderSent { ContractId = contract.Id, CycleIndex = cycle.Index, PercentUsed = usage.Percent, SentAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }

        // Resolved when needed: Notifications is a separate module the host registers; Billing does not require it to price.
        var notifications = services.GetRequiredService<INotificationsModule>();
        var queued = await notifications.QueueConsumptionReminderAsync(new ConsumptionReminderEmailRequest(
            contract.Id, contract.Name, clientName, PtBr.Period(cycle.Start, cycle.End), usage.Consumed, usage.Included,
            usage.Percent, contract.Reminder!.Percent, contract.Reminder.Emails), cancellationToken);
        if (!queued.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
