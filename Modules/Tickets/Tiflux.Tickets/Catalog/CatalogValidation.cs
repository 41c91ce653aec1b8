using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Catalog;

/// <summary>The catalog's input rules, their error codes (the API words them as Tiflux does) and the save that maps a lost race.</summary>
internal static class CatalogValidation
{
    public const string NameTaken = "catalog_name_taken";
    public const string TimeOutOfRange = "catalog_time_out_of_range";
    public const string SolutionBeforeAttendance = "catalog_solution_before_attendance";
    public const string ParentInactive = "catalog_parent_inactive";

    /// <summary>The trimmed name, or the error for a blank or too long one.</summary>
    public static Result<string> Name(string? name, string what)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Error.Validation("Name", $"Informe o nome {what}.");
        }

        return text.Length > TicketLimits.CatalogName
            ? Error.Validation("Name", $"O nome deve ter no máximo {TicketLimits.CatalogName} caracteres.")
            : Result<string>.Success(text);
    }

    public static Error Taken(string message) => Error.Rule(NameTaken, "Name", message);

    /// <summary>Both times within 0..999:59 and the solution not before the attendance.</summary>
    public static IEnumerable<Error> Times(int attendance, int solution)
    {
        var range = $"Use HH:MM com horas entre 0 e 999 e minutos entre 00 e 59 (até {PtBr.Hhmm(TicketLimits.CatalogItemMaxMinutes)}).";
        var attendanceOk = attendance is >= 0 and <= TicketLimits.CatalogItemMaxMinutes;
        var solutionOk = solution is >= 0 and <= TicketLimits.CatalogItemMaxMinutes;
        if (!attendanceOk)
        {
            yield return Error.Rule(TimeOutOfRange, "AttendanceMinutes", "Tempo de atendimento inválido. " + range);
        }

        if (!solutionOk)
        {
            yield return Error.Rule(TimeOutOfRange, "SolutionMinutes", "Tempo de solução inválido. " + range);
        }

        if (attendanceOk && solutionOk && solution < attendance)
        {
            yield return Error.Rule(SolutionBeforeAttendance, "SolutionMinutes", "O tempo de solução deve ser maior ou igual ao tempo de atendimento.");
        }
    }

    /// <summary>Saves; a unique index that a concurrent save beat us to is the same "name taken" error.</summary>
    public static async Task<Result> SaveAsync(DbContext db, string takenMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Result.Failure(Taken(takenMessage));
        }
    }
}
