using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Tiflux.Billing.PublicApi;
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
/// that moment (<see cref="EffectiveSmtp"/>: saved in the UI, else configuration). An HTML body that shows the
/// organisation's logo (<see cref="LogoContentId"/>) gets the logo saved in Configurações &gt; Organização inline.
/// </summary>
internal sealed class MailKitTransport(EffectiveSmtp settings, IOrganizationSettings organization) : IEmailTransport
{
    /// <summary>The Content-ID e-mail templates reference as <c>cid:organization-logo</c>.</summary>
    public const string LogoContentId = "organization-logo";

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

            var logo = message.HtmlBody.Contains("cid:" + LogoContentId, StringComparison.Ordinal) ? (await organization.GetAsync(cancellationToken)).Logo : null;
            await client.SendAsync(Build(message, smtp.Sender, logo), cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The outbox log, the billing page and the test button all show this text.
            throw new SmtpSendException(SmtpErrorText.Describe(ex, smtp), ex);
        }
    }

    public static MimeMessage Build(OutgoingMessage message, MailboxAddress sender, OrganizationLogo? logo = null)
    {
        var mime = new MimeMessage();
        mime.From.Add(sender);
        foreach (var to in message.Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            mime.To.Add(MailboxAddress.Parse(to));
        }

        if (message.ReplyToTag is { } tag && sender.Address.Split('@') is [var local, var domain])
        {
            mime.ReplyTo.Add(new MailboxAddress(sender.Name, $"{local}+{tag}@{domain}"));
        }

        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@tiflux";
        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        if (logo is not null)
        {
            var inline = body.LinkedResources.Add("logo" + (logo.ContentType == "image/svg+xml" ? ".svg" : ".png"), logo.Content, ContentType.Parse(logo.ContentType));
            inline.ContentId = LogoContentId;
        }

        if (message.AttachmentContent is { } content && message.AttachmentName is { } name)
        {
            body.Attachments.Add(name, content, ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream"));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
