using System.Text;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Conventions;

/// <summary>Maps a module's <see cref="Result"/> failure onto the API error object.</summary>
internal static class ResultErrors
{
    /// <summary>Throws the API error for a failed result; <paramref name="fields"/> renames module fields to API fields.</summary>
    public static void ThrowIfFailed(this Result result, IReadOnlyDictionary<string, string>? fields = null, int code = 42202)
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
            .GroupBy(e => e.Field is null ? "error" : fields?.GetValueOrDefault(e.Field) ?? SnakeCase(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
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
