using Tiflux.Notifications.Messages;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>
/// "Enviar e-mail de teste": one message sent right now through the transport the outbox uses, so success here means
/// the outbox can deliver too. Nothing is stored: the admin sees the outcome on the page.
/// </summary>
internal sealed class SendTestEmail(IEmailTransport transport, TimeProvider clock)
{
    public async Task<Result> HandleAsync(string? recipient, string requestedBy, CancellationToken cancellationToken)
    {
        var address = EmailAddresses.Parse(recipient);
        if (!address.IsSuccess)
        {
            return Result.Failure(address.Errors);
        }

        if (address.Value.Count != 1)
        {
            return Result.Failure(Error.Validation("Recipients", "Informe um único endereço para o e-mail de teste."));
        }

        var now = PtBr.DateTime(clock.GetUtcNow());
        var message = new OutgoingMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = "SmtpTest",
            Recipients = address.Value[0],
            Subject = "Tiflux: e-mail de teste",
            TextBody = $"Este é um e-mail de teste enviado por {requestedBy} em {now}. Se ele chegou, o servidor SMTP está configurado corretamente.",
            HtmlBody = $"<p>Este é um e-mail de teste enviado por {System.Net.WebUtility.HtmlEncode(requestedBy)} em {now}.</p><p>Se ele chegou, o servidor SMTP está configurado corretamente.</p>",
            CreatedAt = clock.GetUtcNow(),
            RequestedBy = requestedBy,
        };
        try
        {
            await transport.SendAsync(message, cancellationToken);
            return Result.Success();
        }
        catch (SmtpSendException ex)
        {
            return Result.Failure(Error.Rule("smtp_failed", "Smtp", ex.Message));
        }
    }
}
