using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Shared;

/// <summary>Puts a failed <see cref="Result"/> on the page: each error next to its field, the rest in the summary.</summary>
public static class FormErrors
{
    /// <summary>
    /// Maps <see cref="Error.Field"/> (e.g. "Settings.Name") to "<paramref name="prefix"/>.Settings.Name" when that path
    /// exists on <typeparamref name="TInput"/>; errors whose field the form does not have go to the summary.
    /// </summary>
    public static void AddResultErrors<TInput>(this ModelStateDictionary modelState, Result result, string prefix, IReadOnlyDictionary<string, string>? renames = null)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Field;
            if (field is not null && renames is not null && renames.TryGetValue(field, out var renamed))
            {
                field = renamed;
            }

            var key = field is not null && HasPath(typeof(TInput), field) ? Join(prefix, field) : string.Empty;
            modelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>Every error message recorded for <paramref name="key"/> (the validation tag helper shows only the first).</summary>
    public static IReadOnlyList<string> MessagesFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    /// <summary>
    /// Parses a money field (also percentages and quantities, all numeric(14,2)), recording an error under
    /// <paramref name="key"/> when the text is not a number or is beyond what the column holds.
    /// </summary>
    public static decimal? Money(this ModelStateDictionary modelState, string? text, string key)
    {
        if (!PtBrParsing.TryParseMoney(text, out var value))
        {
            modelState.AddModelError(key, PtBrParsing.MoneyError);
            return null;
        }

        if (!SharedKernel.Money.IsStorable(value))
        {
            modelState.AddModelError(key, SharedKernel.Money.OutOfRangeMessage);
            return null;
        }

        return value;
    }

    /// <summary>Parses an HH:MM field, recording an error under <paramref name="key"/> when the text is not a duration.</summary>
    public static int? Hhmm(this ModelStateDictionary modelState, string? text, string key)
    {
        if (PtBrParsing.TryParseHhmm(text, out var minutes))
        {
            return minutes;
        }

        modelState.AddModelError(key, PtBrParsing.HhmmError);
        return null;
    }

    private static string Join(string prefix, string field) => prefix.Length == 0 ? field : prefix + "." + field;

    private static bool HasPath(Type type, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            var property = type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return true;
    }
}
