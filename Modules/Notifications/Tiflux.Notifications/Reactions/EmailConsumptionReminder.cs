using Microsoft.Extensions.Logging;
using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Reactions;

/// <summary>
/// A contract cycle reached its reminder percentage: the reminder is queued once per contract cycle (the dedupe key).
/// Invalid recipients cannot be fixed by retrying, so that refusal is logged and the event is done.
/// </summary>
internal sealed partial class EmailConsumptionReminder(ConsumptionReminderEmail email, ILogger<EmailConsumptionReminder> logger)
    : IIntegrationEventConsumer<ConsumptionThresholdReached>
{
    public static string DedupeKey(Guid contractId, int cycleIndex) => $"consumption-reminder:{contractId}:{cycleIndex}";

    public async Task HandleAsync(ConsumptionThresholdReached integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var queued = await email.HandleAsync(
            new ConsumptionReminderEmailRequest(e.ContractId, e.ContractName, e.ClientName, e.Period, e.Consumed, e.Included, e.PercentUsed, e.Threshold, e.Recipients, e.Forecast ?? ""),
            DedupeKey(e.ContractId, e.CycleIndex),
            cancellationToken);
        if (!queued.IsSuccess)
        {
            LogNotQueued(logger, e.ContractName, string.Join(" ", queued.Errors.Select(x => x.Message)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumption reminder of contract {ContractName} was not e-mailed: {Reason}")]
    private static partial void LogNotQueued(ILogger logger, string contractName, string reason);
}
