using System.Text;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Conventions;

/// <summary>Maps a module's <see cref="Result"/> failure onto the API error object.</summary>
internal static class ResultErrors
{
    /// <summary>
    /// Throws the API error for a failed result; <paramref name="fields"/> renames module fields to API fields and
    /// <paramref name="rules"/> words a module's rule codes as Tiflux does (otherwise the module's message is kept).
    /// </summary>
    public static void ThrowIfFailed(
        this Result result, IReadOnlyDictionary<string, string>? fields = null, int code = 42202, IReadOnlyDictionary<string, RuleText>? rules = null)
    {
        if (result.IsSuccess)
        {
            return;
        }

        if (result.Errors.FirstOrDefault(e => e.Code == "not_found") is { } notFound)
        {
            throw new ApiErrorException(ApiError.NotFound(notFound.Message));
        }

        var detail = result.Errors
            .Select(e => (Error: e, Text: rules?.GetValueOrDefault(e.Code)))
            .GroupBy(x => x.Text?.Field ?? (x.Error.Field is null ? "error" : fields?.GetValueOrDefault(x.Error.Field) ?? SnakeCase(x.Error.Field)))
            .ToDictionary(g => g.Key, g => g.Select(x => x.Text?.Text ?? x.Error.Message).Distinct().ToArray());
        throw new ApiErrorException(ApiError.Custom(422, code, detail));
    }

    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && name[i - 1] != '.')
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}

/// <summary>How the API words a module rule: the text and, when Tiflux reports it on another field, that field.</summary>
internal sealed record RuleText(string Text, string? Field = null);
