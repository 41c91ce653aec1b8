using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Tiflux.Notifications.Messages;

namespace Tiflux.Notifications.Email;

/// <summary>Sends one message; throws when the server refuses or cannot be reached.</summary>
internal interface IEmailTransport
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>MailKit: one SmtpClient per message (connect, authenticate, send, disconnect).</summary>
internal sealed class MailKitTransport(IOptions<SmtpOptions> options) : IEmailTransport
{
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var security = smtp.Security switch
        {
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(Build(message, smtp.Sender), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    public static MimeMessage Build(OutgoingMessage message, string sender)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(sender));
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
