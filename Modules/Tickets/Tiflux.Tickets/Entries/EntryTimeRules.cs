using System.Globalization;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>Date, times and description of a time entry (domain §2.4).</summary>
internal static class EntryTimeRules
{
    public static List<Error> Validate(DateOnly date, TimeOnly start, TimeOnly end, string? description, DateOnly today)
    {
        var errors = new List<Error>();
        if (!BusinessDates.Contains(date))
        {
            errors.Add(Error.Validation("Date", BusinessDates.OutOfRangeMessage));
        }
        else if (date > today)
        {
            errors.Add(Error.Rule(EntryRuleCodes.DateInFuture, "Date", "A data do apontamento não pode estar no futuro."));
        }

        if (end < start)
        {
            errors.Add(Error.Rule(EntryRuleCodes.EndBeforeStart, "End", "O horário final deve ser igual ou posterior ao inicial."));
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            errors.Add(Error.Rule(EntryRuleCodes.DescriptionRequired, "Description", "Informe a descrição do apontamento."));
        }

        return errors;
    }

    public static int Minutes(TimeOnly start, TimeOnly end) => (int)(end - start).TotalMinutes;

    public static bool Overlaps(TimeOnly start, TimeOnly end, TimeOnly otherStart, TimeOnly otherEnd) =>
        start < otherEnd && otherStart < end;

    public static Error OverlapError(TimeEntry other) => Error.Validation(
        "Start",
        string.Create(
            CultureInfo.InvariantCulture,
            $"O técnico já tem um apontamento das {other.Start:HH\\:mm} às {other.End:HH\\:mm} neste dia; apontamentos sobrepostos não são permitidos."));
}
