using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Tiflux.Notifications.Email;

/// <summary>Says in pt-BR why a send failed, keeping the server's own words (they name the actual problem).</summary>
internal static class SmtpErrorText
{
    public static string Describe(Exception error, SmtpEndpoint smtp)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(smtp);
        var server = $"{smtp.Host}:{smtp.Port}";
        return error switch
        {
            SocketException => $"Não foi possível conectar ao servidor SMTP {server}: {error.Message}",
            SslHandshakeException => $"Falha na negociação TLS/SSL com {server}: confira a segurança escolhida e a porta. ({error.Message})",
            AuthenticationException => $"O servidor SMTP {server} recusou o usuário ou a senha: {error.Message}",
            SmtpCommandException command => $"O servidor SMTP {server} recusou o envio (código {(int)command.StatusCode}): {command.Message}",
            SmtpProtocolException or ProtocolException => $"Erro de protocolo com o servidor SMTP {server}: {error.Message}",
            TimeoutException or OperationCanceledException => $"O servidor SMTP {server} não respondeu a tempo.",
            NotSupportedException => $"O servidor SMTP {server} não aceita o que foi pedido (confira a segurança escolhida): {error.Message}",
            _ => $"Falha ao enviar pelo servidor SMTP {server}: {error.Message}",
        };
    }
}
