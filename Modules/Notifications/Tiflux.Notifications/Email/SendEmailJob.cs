using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.Reporting.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>Delivery failed; Hangfire retries the job with back-off.</summary>
internal sealed class EmailDeliveryException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Sends one outgoing message. Reentrant: the row is locked (FOR UPDATE) for the whole attempt, a message already Sent
/// is never sent again, and success is recorded in the same transaction that held the lock.
/// </summary>
internal sealed partial class SendEmailJob(
    NotificationsDbContext db, IEmailTransport transport, IReportingModule reporting, TimeProvider time, ILogger<SendEmailJob> logger)
{
    public const string PdfContentType = "application/pdf";

    /// <summary>After this many failed attempts the message is marked Failed (an admin can resend it).</summary>
    public const int MaxAttempts = 9;

    [Queue("email")]
    [AutomaticRetry(Attempts = MaxAttempts - 1, DelaysInSeconds = [15, 30, 60, 120, 300, 600, 1200, 1800], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var message = await db.Messages
            .FromSql($"SELECT * FROM notifications.outgoing_messages WHERE id = {messageId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (message is null || message.Status == MessageStatus.Sent)
        {
            return;
        }

        message.Attempts++;
        try
        {
            await RenderAttachmentAsync(message, cancellationToken);
            await transport.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = ex.Message.Length > 4000 ? ex.Message[..4000] : ex.Message;
            message.Status = message.Attempts >= MaxAttempts ? MessageStatus.Failed : MessageStatus.Pending;
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            LogFailed(logger, messageId, message.Attempts, ex);
            throw new EmailDeliveryException($"E-mail {messageId} não enviado (tentativa {message.Attempts}): {ex.Message}", ex);
        }

        message.Status = MessageStatus.Sent;
        message.SentAt = time.GetUtcNow();
        message.LastError = null;
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>A closing report left to be rendered at send time; a rendering failure fails the attempt like a delivery failure.</summary>
    private async Task RenderAttachmentAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message is not { AttachmentLayout: { } layout, AttachmentContent: null, RelatedId: { } billingId })
        {
            return;
        }

        var pdf = await reporting.RenderBillingPdfAsync(billingId, layout, cancellationToken);
        if (!pdf.IsSuccess)
        {
            throw new InvalidOperationException("O PDF do relatório não pôde ser gerado: " + string.Join(" ", pdf.Errors.Select(e => e.Message)));
        }

        message.AttachmentName = pdf.Value.FileName;
        message.AttachmentContentType = pdf.Value.ContentType;
        message.AttachmentContent = pdf.Value.Content;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} failed on attempt {Attempt}")]
    private static partial void LogFailed(ILogger logger, Guid messageId, int attempt, Exception exception);
}
