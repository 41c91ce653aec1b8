using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Calendar;

/// <summary>Reads a typed weekly schedule: every interval "HH:MM"–"HH:MM" within 00:00–24:00, none overlapping, not empty.</summary>
internal static class BusinessHoursValidation
{
    public const string Field = "Windows";

    public static (List<BusinessWindow> Windows, List<Error> Errors) Read(IReadOnlyList<BusinessWindowInput> inputs)
    {
        var errors = new List<Error>();
        var windows = new List<BusinessWindow>();
        if (inputs.Count > TicketLimits.BusinessWindows)
        {
            errors.Add(Error.Validation(Field, $"Informe no máximo {TicketLimits.BusinessWindows} intervalos no expediente."));
            return (windows, errors);
        }

        foreach (var input in inputs)
        {
            var start = ReadTime(input.Day, input.Start, errors);
            var end = ReadTime(input.Day, input.End, errors);
            if (start is null || end is null)
            {
                continue;
            }

            if (start >= end)
            {
                errors.Add(Error.Validation(Field, $"{PtBr.DayName(input.Day)}: o intervalo {PtBr.Hhmm(start.Value)}–{PtBr.Hhmm(end.Value)} termina antes de começar."));
                continue;
            }

            windows.Add(new BusinessWindow(input.Day, start.Value, end.Value, input.AlsoOnHolidays));
        }

        foreach (var day in windows.GroupBy(w => w.Day))
        {
            var ordered = day.OrderBy(w => w.StartMinute).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].StartMinute < ordered[i - 1].EndMinute)
                {
                    errors.Add(Error.Validation(Field,
                        $"{PtBr.DayName(day.Key)}: os intervalos {Range(ordered[i - 1])} e {Range(ordered[i])} se sobrepõem."));
                }
            }
        }

        if (errors.Count == 0 && windows.Count == 0)
        {
            errors.Add(Error.Validation(Field, "Informe ao menos um intervalo de expediente; sem expediente o SLA nunca venceria."));
        }

        return (windows, errors);
    }

    private static string Range(BusinessWindow w) => $"{PtBr.Hhmm(w.StartMinute)}–{PtBr.Hhmm(w.EndMinute)}";

    private static int? ReadTime(DayOfWeek day, string? text, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(Error.Validation(Field, $"{PtBr.DayName(day)}: informe o início e o fim de cada intervalo."));
            return null;
        }

        if (!PtBrParsing.TryParseHhmm(text, out var minutes) || minutes is null)
        {
            errors.Add(Error.Validation(Field, $"{PtBr.DayName(day)}: “{text.Trim()}” não é um horário no formato HH:MM."));
            return null;
        }

        if (minutes > BusinessWindow.MinutesPerDay)
        {
            errors.Add(Error.Validation(Field, $"{PtBr.DayName(day)}: {text.Trim()} não é um horário entre 00:00 e 24:00."));
            return null;
        }

        return minutes;
    }
}
