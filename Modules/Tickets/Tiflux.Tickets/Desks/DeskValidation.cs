using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Desks;

internal static class DeskValidation
{
    public const int MaxAttendantGroups = 100;

    public static List<Error> Validate(SaveDeskRequest request)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(Error.Validation("Name", "Informe o nome da mesa."));
        }

        if (request.AttendantGroupIds.Count > MaxAttendantGroups)
        {
            errors.Add(Error.Validation("AttendantGroupIds", $"Escolha no máximo {MaxAttendantGroups} grupos de atendentes."));
        }

        if (Clean(request.Stages).Count == 0)
        {
            errors.Add(Error.Validation("Stages", "Informe ao menos um estágio."));
        }

        if (Clean(request.Priorities).Count == 0)
        {
            errors.Add(Error.Validation("Priorities", "Informe ao menos uma prioridade."));
        }

        foreach (var kind in Enum.GetValues<StatusKind>())
        {
            if (!request.Statuses.Any(s => s.Kind == kind && !string.IsNullOrWhiteSpace(s.Name)))
            {
                errors.Add(Error.Validation("Statuses", "Informe ao menos um status de cada tipo: aberto, fechado e cancelado."));
                break;
            }
        }

        if (request.ReviewDeadlineHours is < 1 or > 24 * 90)
        {
            errors.Add(Error.Validation("ReviewDeadlineHours", "O prazo de revisão deve ficar entre 1 e 2160 horas."));
        }

        return errors;
    }

    public static List<string> Clean(IEnumerable<string> names) =>
        [.. names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
