using Microsoft.Extensions.Logging;
using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Reactions;

/// <summary>
/// "Enviar PDF por e-mail" chosen when billing: the closing report goes to the recipients the user confirmed, in the
/// layout they chose, exactly once per billing (the dedupe key). An exception leaves the event in Billing's outbox,
/// which retries it; a refusal retrying cannot fix (billing reversed meanwhile) is logged and the event is done.
/// </summary>
internal sealed partial class EmailRequestedBilling(BillingPdfEmail email, ILogger<EmailRequestedBilling> logger)
    : IIntegrationEventConsumer<BillingEmailRequested>
{
    public static string DedupeKey(Guid billingId) => $"billing-email:{billingId}";

    public async Task HandleAsync(BillingEmailRequested integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var queued = await email.HandleAsync(
            new BillingPdfEmailRequest(integrationEvent.BillingId, integrationEvent.Recipients, integrationEvent.Layout, integrationEvent.RequestedBy),
            DedupeKey(integrationEvent.BillingId),
            cancellationToken);
        if (!queued.IsSuccess)
        {
            LogNotQueued(logger, integrationEvent.Number, string.Join(" ", queued.Errors.Select(e => e.Message)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing report of billing {Number} was not e-mailed as requested: {Reason}")]
    private static partial void LogNotQueued(ILogger logger, int number, string reason);
}
