using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications;

internal sealed class NotificationsFacade(
    NotificationsDbContext db,
    BillingPdfEmail billingPdf,
    ConsumptionReminderEmail consumptionReminder,
    MessageQueue queue,
    TimeProvider time) : INotificationsModule
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Result<IReadOnlyList<string>> ParseAddresses(string? text) => EmailAddresses.Parse(text);

    public Task<Result<Guid>> QueueBillingPdfEmailAsync(BillingPdfEmailRequest request, CancellationToken cancellationToken) =>
        billingPdf.QueueAsync(request, dedupeKey: null, cancellationToken);

    public Task<Result<Guid>> QueueConsumptionReminderAsync(ConsumptionReminderEmailRequest request, CancellationToken cancellationToken) =>
        consumptionReminder.QueueAsync(request, dedupeKey: null, cancellationToken);

    public async Task<PagedList<OutgoingMessageDto>> ListMessagesAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await db.Messages.CountAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(PagedList.Skip(page, pageSize)).Take(pageSize)
            .Select(m => new OutgoingMessageDto(m.Id, m.Kind, m.Recipients, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt, m.AttachmentName, m.RequestedBy))
            .ToListAsync(cancellationToken);
        return new PagedList<OutgoingMessageDto>(rows, page, pageSize, total);
    }

    public async Task<Result<Guid>> ResendAsync(Guid messageId, string requestedBy, CancellationToken cancellationToken)
    {
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return Error.NotFound("Mensagem não encontrada.");
        }

        if (message.Status != MessageStatus.Sent)
        {
            message.Status = MessageStatus.Pending;
            message.Attempts = 0;
            await db.SaveChangesAsync(cancellationToken);
            queue.Enqueue(message.Id);
            return Result<Guid>.Success(message.Id);
        }

        var copy = new OutgoingMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = message.Kind,
            RelatedId = message.RelatedId,
            Recipients = message.Recipients,
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            AttachmentName = message.AttachmentName,
            AttachmentContentType = message.AttachmentContentType,
            AttachmentContent = message.AttachmentContent,
            CreatedAt = time.GetUtcNow(),
            RequestedBy = requestedBy,
        };
        // The copy carries no dedupe key: resending is a deliberate second message.
        return Result<Guid>.Success(await queue.QueueAsync(copy, cancellationToken));
    }
}

/// <summary>The organisation's name for the e-mails (configuration <c>Organization:Name</c>).</summary>
internal sealed class OrganizationName(IConfiguration? configuration)
{
    public string Value { get; } = configuration?["Organization:Name"] is { Length: > 0 } name ? name : "Tiflux";
}
