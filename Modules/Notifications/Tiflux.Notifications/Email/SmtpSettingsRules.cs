using System.Globalization;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>What valid SMTP settings are; every problem is reported at once, in pt-BR.</summary>
internal static class SmtpSettingsRules
{
    /// <summary>The trimmed, checked values ready to store.</summary>
    internal sealed record Valid(string Host, int Port, SmtpSecurityMode Security, string SenderName, string SenderAddress, string UserName, string? NewPassword);

    public static Result<Valid> Validate(SaveSmtpSettingsRequest request, bool hasStoredPassword)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<Error>();
        var host = (request.Host ?? "").Trim();
        var senderName = (request.SenderName ?? "").Trim();
        var senderAddress = (request.SenderAddress ?? "").Trim();
        var userName = (request.UserName ?? "").Trim();
        // Passwords may legitimately start or end with spaces: only an empty field means "keep".
        var password = string.IsNullOrEmpty(request.Password) ? null : request.Password;

        if (host.Length == 0)
        {
            errors.Add(Error.Validation("Host", "Informe o servidor SMTP."));
        }
        else if (host.Length > SmtpSettingsLimits.Host || host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            errors.Add(Error.Validation("Host", $"Servidor SMTP inválido: use um nome ou IP sem espaços, com até {SmtpSettingsLimits.Host} caracteres."));
        }

        if (!int.TryParse((request.Port ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            errors.Add(Error.Validation("Port", "A porta deve ser um número entre 1 e 65535."));
        }

        if (!Enum.IsDefined(request.Security))
        {
            errors.Add(Error.Validation("Security", "Escolha a segurança: Nenhuma, STARTTLS ou SSL/TLS."));
        }

        if (senderName.Length > SmtpSettingsLimits.SenderName || senderName.Any(char.IsControl))
        {
            errors.Add(Error.Validation("SenderName", $"O nome do remetente pode ter até {SmtpSettingsLimits.SenderName} caracteres."));
        }

        if (senderAddress.Length == 0)
        {
            errors.Add(Error.Validation("SenderAddress", "Informe o e-mail do remetente."));
        }
        else if (senderAddress.Length > SmtpSettingsLimits.SenderAddress || EmailAddresses.Parse(senderAddress) is not { IsSuccess: true, Value.Count: 1 })
        {
            errors.Add(Error.Validation("SenderAddress", $"E-mail do remetente inválido: {Cut(senderAddress)}"));
        }

        if (userName.Length > SmtpSettingsLimits.UserName || userName.Any(char.IsControl))
        {
            errors.Add(Error.Validation("UserName", $"O usuário pode ter até {SmtpSettingsLimits.UserName} caracteres."));
        }

        if (password is { Length: > SmtpSettingsLimits.Password })
        {
            errors.Add(Error.Validation("Password", $"A senha pode ter até {SmtpSettingsLimits.Password} caracteres."));
        }

        if (userName.Length > 0 && password is null && !hasStoredPassword)
        {
            errors.Add(Error.Validation("Password", "Informe a senha do usuário SMTP."));
        }

        return errors.Count > 0
            ? Result<Valid>.Failure(errors)
            : Result<Valid>.Success(new Valid(host, port, request.Security, senderName, senderAddress, userName, password));
    }

    /// <summary>Echoes what was typed without letting a huge value flood the message.</summary>
    private static string Cut(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
