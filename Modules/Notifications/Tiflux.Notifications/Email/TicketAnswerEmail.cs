using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Templating;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.TemplateEditing;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>
/// Queues a ticket answer: one message per recipient (the dedupe key is answer + address, so a replayed event sends
/// nobody a second copy), with signed links to the answer's files and a Reply-To that names the ticket.
/// </summary>
internal sealed class TicketAnswerEmail(
    EmailTemplateOverrides templates, IOrganizationSettings organization, IAttachmentLinkSigner links, MessageQueue queue, TimeProvider time)
{
    public const string Kind = "TicketAnswer";

    public static string DedupeKey(Guid answerId, string recipient) => $"ticket-answer:{answerId:N}:{recipient.ToLowerInvariant()}";

    public async Task HandleAsync(TicketAnswerPosted posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var files = posted.Files.Select(f => new AnswerFileVars(f.FileName, FileSize(f.Size), links.LinkFor(f.Id))).ToList();
        var model = new TicketAnswerModel(
            new TicketVars(posted.TicketNumber.ToString(PtBr.Culture), posted.TicketTitle, posted.ClientName),
            new AnswerVars(posted.Author, new TrustedHtml(posted.Html), posted.Text.Trim(), files),
            OrganizationVars.From(await organization.GetAsync(cancellationToken)));
        var (subject, html, text) = await templates.ComposeAsync(Kind, model, cancellationToken);
        foreach (var recipient in posted.Recipients.Where(EmailAddresses.IsValid).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await queue.QueueAsync(
                new OutgoingMessage
                {
                    Id = Guid.CreateVersion7(),
                    Kind = Kind,
                    RelatedId = posted.AnswerId,
                    DedupeKey = DedupeKey(posted.AnswerId, recipient),
                    Recipients = recipient,
                    Subject = subject,
                    HtmlBody = html,
                    TextBody = text,
                    ReplyToTag = $"ticket-{posted.TicketNumber}",
                    CreatedAt = time.GetUtcNow(),
                    RequestedBy = posted.Author,
                },
                cancellationToken);
        }
    }

    private static string FileSize(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 1023) / 1024).ToString(PtBr.Culture)} KB"
        : $"{(bytes / (1024m * 1024m)).ToString("N1", PtBr.Culture)} MB";
}
