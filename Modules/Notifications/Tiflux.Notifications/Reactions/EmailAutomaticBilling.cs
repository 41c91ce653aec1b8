using Microsoft.Extensions.Logging;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Reactions;

/// <summary>
/// An automatic run billed a cycle: the closing report goes to the client's finance e-mails in the client's layout,
/// exactly once per billing (the dedupe key). The PDF is rendered by the send job, so a failed rendering is reported on
/// the message (attempts, last error) like a failed delivery. An exception (database) leaves the event in Billing's
/// outbox, which retries it; a refusal that retrying cannot fix (no valid address, billing reversed meanwhile) is
/// logged and the event is done.
/// </summary>
internal sealed partial class EmailAutomaticBilling(IContractsModule contracts, BillingPdfEmail email, ILogger<EmailAutomaticBilling> logger)
    : IIntegrationEventConsumer<AutomaticBillingClosed>
{
    public const string RequestedBy = "Faturamento automático";

    public static string DedupeKey(Guid billingId) => $"automatic-billing:{billingId}";

    public async Task HandleAsync(AutomaticBillingClosed integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var client = await contracts.GetClientAsync(integrationEvent.ClientId, cancellationToken);
        var queued = await email.HandleAsync(
            new BillingPdfEmailRequest(integrationEvent.BillingId, client?.FinanceEmails ?? [], client?.ReportLayout ?? ClosingReportLayout.Detailed, RequestedBy),
            DedupeKey(integrationEvent.BillingId),
            cancellationToken,
            renderWhenSent: true);
        if (!queued.IsSuccess)
        {
            LogNotQueued(logger, integrationEvent.Number, string.Join(" ", queued.Errors.Select(e => e.Message)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing report of automatic billing {Number} was not e-mailed: {Reason}")]
    private static partial void LogNotQueued(ILogger logger, int number, string reason);
}
