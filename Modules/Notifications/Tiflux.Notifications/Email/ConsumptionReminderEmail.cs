using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>Queues the consumption reminder (lembrete de consumo) of one contract cycle.</summary>
internal sealed class ConsumptionReminderEmail(EmailTemplates templates, IOrganizationSettings organization, MessageQueue queue, TimeProvider time)
{
    public const string Kind = "ConsumptionReminder";

    /// <summary>Queues the e-mail; with <paramref name="dedupeKey"/>, at most one message is ever stored for that key.</summary>
    public async Task<Result<Guid>> HandleAsync(ConsumptionReminderEmailRequest request, string? dedupeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = EmailAddresses.Parse(request.Recipients);
        if (!recipients.IsSuccess)
        {
            return Result<Guid>.Failure(recipients.Errors);
        }

        var (subject, html, text) = templates.ConsumptionReminder(request, await organization.GetAsync(cancellationToken));
        return Result<Guid>.Success(await queue.QueueAsync(
            new OutgoingMessage
            {
                Id = Guid.CreateVersion7(),
                Kind = Kind,
                RelatedId = request.ContractId,
                DedupeKey = dedupeKey,
                Recipients = string.Join(", ", recipients.Value),
                Subject = subject,
                HtmlBody = html,
                TextBody = text,
                CreatedAt = time.GetUtcNow(),
                RequestedBy = "Lembrete de consumo",
            },
            cancellationToken));
    }
}
