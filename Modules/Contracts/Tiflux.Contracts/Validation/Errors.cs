using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Validation;

/// <summary>Collects field errors in pt-BR so a form can show each next to its field.</summary>
internal sealed class Errors
{
    private readonly List<Error> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<Error> All => _errors;

    public void Add(string field, string message) => _errors.Add(Error.Validation(field, message));

    public void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }
    }

    public void NotBlank(string? value, string field, string label, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"Informe {label}.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} deve ter no máximo {maxLength} caracteres.");
        }
    }

    /// <summary>The date is inside the one window of dates anybody may enter (<see cref="BusinessDates"/>).</summary>
    public void InWindow(DateOnly? date, string field)
    {
        if (BusinessDates.Check(date, field) is { } error)
        {
            _errors.Add(error);
        }
    }

    public void NotNegative(decimal? value, string field, string label) =>
        Require(value is null or >= 0, field, $"{label} não pode ser negativo.");

    public void Emails(IEnumerable<string> emails, string field)
    {
        foreach (var email in emails)
        {
            if (!EmailAddresses.IsValid(email))
            {
                Add(field, $"E-mail inválido: {email}.");
            }
        }
    }

    public static List<string> SplitEmails(IEnumerable<string> emails) =>
        [.. emails.SelectMany(e => e.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
