using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>The bounds of a group's name and description (permission and attendant groups alike).</summary>
internal static class GroupFieldRules
{
    public static List<Error> Check(string? name, string? description)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(Error.Validation("Name", "Informe o nome do grupo."));
        }
        else if (name.Trim().Length > PermissionGroupLimits.NameLength)
        {
            errors.Add(Error.Validation("Name", $"O nome deve ter no máximo {PermissionGroupLimits.NameLength} caracteres."));
        }

        if ((description?.Trim().Length ?? 0) > PermissionGroupLimits.DescriptionLength)
        {
            errors.Add(Error.Validation("Description", $"A descrição deve ter no máximo {PermissionGroupLimits.DescriptionLength} caracteres."));
        }

        return errors;
    }
}
