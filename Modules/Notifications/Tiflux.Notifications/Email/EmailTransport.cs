using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>Sends one message; throws (<see cref="SmtpSendException"/>, pt-BR message) when the server refuses or cannot be reached.</summary>
internal interface IEmailTransport
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// MailKit: one SmtpClient per message (connect, authenticate, send, disconnect), through the settings in force at
/// that moment (<see cref="EffectiveSmtp"/>: saved in the UI, else configuration).
/// </summary>
internal sealed class MailKitTransport(EffectiveSmtp settings) : IEmailTransport
{
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var smtp = await settings.GetAsync(cancellationToken);
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var security = smtp.Security switch
        {
            SmtpSecurityMode.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurityMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(Build(message, smtp.Sender), cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The outbox log, the billing page and the test button all show this text.
            throw new SmtpSendException(SmtpErrorText.Describe(ex, smtp), ex);
        }
    }

    public static MimeMessage Build(OutgoingMessage message, MailboxAddress sender)
    {
        var mime = new MimeMessage();
        mime.From.Add(sender);
        foreach (var to in message.Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            mime.To.Add(MailboxAddress.Parse(to));
        }

        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@tiflux";
        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        if (message.AttachmentContent is { } content && message.AttachmentName is { } name)
        {
            body.Attachments.Add(name, content, ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream"));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
