using Tiflux.Billing.PublicApi;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>Queues an invitation or password-reset e-mail with its single-use link.</summary>
internal sealed class AccountLinkEmail(EmailTemplates templates, IOrganizationSettings organization, MessageQueue queue, TimeProvider time)
{
    public const string Kind = "AccountLink";

    public async Task<Result<Guid>> HandleAsync(AccountLinkEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = EmailAddresses.Parse(request.Recipient);
        if (!recipients.IsSuccess)
        {
            return Result<Guid>.Failure(recipients.Errors);
        }

        var (subject, html, text) = templates.AccountLink(request, await organization.GetAsync(cancellationToken));
        return Result<Guid>.Success(await queue.QueueAsync(
            new OutgoingMessage
            {
                Id = Guid.CreateVersion7(),
                Kind = Kind,
                RelatedId = request.UserId,
                Recipients = string.Join(", ", recipients.Value),
                Subject = subject,
                HtmlBody = html,
                TextBody = text,
                CreatedAt = time.GetUtcNow(),
                RequestedBy = request.RequestedBy,
            },
            cancellationToken));
    }
}
