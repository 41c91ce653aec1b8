using System.Globalization;

namespace Tiflux.Api.Conventions;

/// <summary>Integer ids in paths, and the documented 404 for a record that is not there.</summary>
internal static class ApiPath
{
    /// <summary>An integer path id (0 is a number that names nothing: 404), or 422/42201 <c>is not a number</c>.</summary>
    public static int Id(string id, string name = "id") =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ApiErrorException(ApiError.Query(name, "is not a number"));

    /// <summary>404/40401 with Tiflux's text, e.g. <c>Couldn't find Client with 'id'="0"</c>.</summary>
    public static ApiErrorException NotFound(string kind, object id) =>
        new(ApiError.NotFound(string.Create(CultureInfo.InvariantCulture, $"Couldn't find {kind} with 'id'=\"{id}\"")));
}
