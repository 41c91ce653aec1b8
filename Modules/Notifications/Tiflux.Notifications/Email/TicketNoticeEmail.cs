using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.TemplateEditing;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>
/// Queues the portal notices about a ticket — review requested, authorization requested, authorization refused — one
/// message per recipient under a dedupe key, so a redelivered event never sends a second copy.
/// </summary>
internal sealed class TicketNoticeEmail(EmailTemplateOverrides templates, IOrganizationSettings organization, MessageQueue queue, TimeProvider time)
{
    public async Task QueueAsync(
        string template, Guid eventId, int ticketNumber, string ticketTitle, string clientName, string recipient, string dedupeKey,
        NoticeVars notice, CancellationToken cancellationToken)
    {
        if (!EmailAddresses.IsValid(recipient))
        {
            return;
        }

        var model = new TicketNoticeModel(
            new TicketVars(ticketNumber.ToString(PtBr.Culture), ticketTitle, clientName), notice,
            OrganizationVars.From(await organization.GetAsync(cancellationToken)));
        var (subject, html, text) = await templates.ComposeAsync(template, model, cancellationToken);
        await queue.QueueAsync(
            new OutgoingMessage
            {
                Id = Guid.CreateVersion7(),
                Kind = template,
                RelatedId = eventId,
                DedupeKey = dedupeKey,
                Recipients = recipient.ToLowerInvariant(),
                Subject = subject,
                HtmlBody = html,
                TextBody = text,
                ReplyToTag = $"ticket-{ticketNumber}",
                CreatedAt = time.GetUtcNow(),
                RequestedBy = "Tiflux",
            },
            cancellationToken);
    }
}
