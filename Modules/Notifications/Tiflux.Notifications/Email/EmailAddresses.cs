using MimeKit;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>Lists of recipients as users type them: split on comma, semicolon or new line, each address checked.</summary>
internal static class EmailAddresses
{
    public static Result<IReadOnlyList<string>> Parse(string? text)
    {
        var parts = (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var valid = new List<string>();
        var errors = new List<Error>();
        foreach (var part in parts)
        {
            if (IsValid(part))
            {
                valid.Add(part);
            }
            else
            {
                errors.Add(Error.Validation("Recipients", $"Endereço de e-mail inválido: {part}"));
            }
        }

        if (errors.Count == 0 && valid.Count == 0)
        {
            errors.Add(Error.Validation("Recipients", "Informe ao menos um destinatário."));
        }

        return errors.Count > 0 ? Result<IReadOnlyList<string>>.Failure(errors) : Result<IReadOnlyList<string>>.Success([.. valid.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    public static Result<IReadOnlyList<string>> Parse(IEnumerable<string> addresses) => Parse(string.Join(',', addresses));

    private static bool IsValid(string address) =>
        MailboxAddress.TryParse(address, out var mailbox)
        && mailbox.Address == address
        && address.IndexOf('@', StringComparison.Ordinal) is var at and > 0
        && address[(at + 1)..] is var domain && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
        && !address.Any(char.IsWhiteSpace);
}
