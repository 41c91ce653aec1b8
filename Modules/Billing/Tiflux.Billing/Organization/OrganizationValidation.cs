using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Organization;

/// <summary>What the organisation settings refuse, each with the field it belongs to and a pt-BR message.</summary>
internal static class OrganizationValidation
{
    public static List<Error> Check(SaveOrganizationSettingsRequest request)
    {
        var errors = new List<Error>();
        Text(errors, request.CompanyName, OrganizationLimits.CompanyName, "CompanyName", "O nome da empresa");
        Text(errors, request.Address, OrganizationLimits.Address, "Address", "O endereço");
        Text(errors, request.Phone, OrganizationLimits.Phone, "Phone", "O telefone");
        if (!string.IsNullOrWhiteSpace(request.Cnpj) && TaxId.Normalize(request.Cnpj) is var cnpj && (cnpj.Length != 14 || !TaxId.IsValid(cnpj)))
        {
            errors.Add(Error.Validation("Cnpj", "CNPJ inválido: informe os 14 caracteres e confira os dígitos verificadores."));
        }

        if (request.DueDateTermDays is < 0 or > OrganizationLimits.MaxDueDateTermDays)
        {
            errors.Add(Error.Validation("DueDateTermDays", $"O prazo de vencimento deve ser de 0 a {OrganizationLimits.MaxDueDateTermDays} dias."));
        }

        if (!Enum.IsDefined(request.DefaultReportLayout))
        {
            errors.Add(Error.Validation("DefaultReportLayout", "Modelo de relatório desconhecido."));
        }

        if (request.Logo is { } logo && LogoProblem(logo) is { } problem)
        {
            errors.Add(Error.Validation("Logo", problem));
        }

        return errors;
    }

    /// <summary>The stored type of an accepted logo, from its (checked) extension.</summary>
    public static string LogoContentType(string fileName) =>
        Path.GetExtension(fileName).Equals(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png";

    private static string? LogoProblem(AttachmentUpload logo)
    {
        var extension = Path.GetExtension(logo.FileName).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
        {
            return "O logotipo deve ser uma imagem PNG ou SVG.";
        }

        if (logo.Content.Length == 0)
        {
            return "O arquivo do logotipo está vazio.";
        }

        if (logo.Content.Length > OrganizationLimits.LogoBytes)
        {
            return $"O logotipo deve ter no máximo {OrganizationLimits.LogoBytes / 1024} KB.";
        }

        return FileContent.Problem(logo.FileName, logo.Content);
    }

    private static void Text(List<Error> errors, string? value, int max, string field, string label)
    {
        if (!TextInput.IsStorable(value))
        {
            errors.Add(Error.Validation(field, TextInput.InvalidCharactersMessage));
        }
        else if ((value ?? "").Trim().Length > max)
        {
            errors.Add(Error.Validation(field, $"{label} deve ter no máximo {max} caracteres."));
        }
    }
}
