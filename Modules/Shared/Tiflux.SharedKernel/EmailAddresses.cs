using System.Net.Mail;

namespace Tiflux.SharedKernel;

/// <summary>
/// E-mail addresses as users type them: split on comma, semicolon or new line, each address checked. The one check
/// behind clients' finance e-mails, recipients of closing reports and reminders, and the organisation's sender.
/// </summary>
public static class EmailAddresses
{
    /// <summary>The field name the errors carry.</summary>
    public const string Field = "Recipients";

    /// <summary>The longest address accepted (RFC 5321's path limit).</summary>
    public const int MaxLength = 254;

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
                errors.Add(Error.Validation(Field, $"Endereço de e-mail inválido: {Shorten(part)}"));
            }
        }

        if (errors.Count == 0 && valid.Count == 0)
        {
            errors.Add(Error.Validation(Field, "Informe ao menos um destinatário."));
        }

        return errors.Count > 0 ? Result<IReadOnlyList<string>>.Failure(errors) : Result<IReadOnlyList<string>>.Success([.. valid.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    public static Result<IReadOnlyList<string>> Parse(IEnumerable<string> addresses) => Parse(string.Join(',', addresses));

    /// <summary>A single address with a dotted domain and nothing around it ("Nome &lt;a@b.c&gt;" is refused).</summary>
    public static bool IsValid(string address) =>
        address.Length <= MaxLength
        && MailAddress.TryCreate(address, out var mailbox)
        && mailbox.Address == address
        && string.IsNullOrEmpty(mailbox.DisplayName)
        && address.IndexOf('@', StringComparison.Ordinal) is var at and > 0
        && address[(at + 1)..] is var domain && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
        && !address.Any(char.IsWhiteSpace);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
