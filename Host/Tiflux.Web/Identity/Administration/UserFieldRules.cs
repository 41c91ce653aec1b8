using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>The bounds of a user's name, e-mail and phone, for the users page and the API alike.</summary>
internal static class UserFieldRules
{
    public static List<Error> Check(string? name, string? email, string? phone, bool partial)
    {
        var errors = new List<Error>();
        if (!partial || name is not null)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(Error.Validation("Name", "Informe o nome."));
            }
            else if (name.Trim().Length > UserLimits.NameLength)
            {
                errors.Add(Error.Validation("Name", $"O nome deve ter no máximo {UserLimits.NameLength} caracteres."));
            }
        }

        if (!partial || email is not null)
        {
            var trimmed = email?.Trim() ?? "";
            if (trimmed.Length == 0)
            {
                errors.Add(Error.Validation("Email", "Informe o e-mail."));
            }
            else if (trimmed.Length > UserLimits.EmailLength || !EmailAddresses.IsValid(trimmed))
            {
                errors.Add(Error.Validation("Email", "E-mail inválido."));
            }
        }

        if (phone is { Length: > 0 } && (phone.Trim().Length > UserLimits.PhoneLength || !phone.Trim().All(c => char.IsAsciiDigit(c) || c is '+' or '(' or ')' or '-' or ' ')))
        {
            errors.Add(Error.Validation("Phone", $"Telefone inválido: use só números, espaços, +, ( ) e - (até {UserLimits.PhoneLength} caracteres)."));
        }

        return errors;
    }

    public static string? Phone(string? phone) => string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();

    public const string DuplicateEmail = "Já existe um usuário com este e-mail.";
}
