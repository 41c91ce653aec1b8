using System.Text.Json;

namespace Tiflux.Api.Conventions;

/// <summary>
/// The Tiflux API v2 error object <c>{error_code, message, detail}</c> with its fixed messages per code
/// (api-v2.md §1.7). <c>detail</c> maps a field (or <c>error</c>) to human-readable reasons.
/// </summary>
internal sealed class ApiError(int status, int code, IReadOnlyDictionary<string, string[]> detail)
{
    public int Code => code;

    public static string MessageFor(int code) => code switch
    {
        40001 => "Unknown parameters",
        40003 => "Missing required parameters. The request's body is invalid",
        40101 => "Problems with Authorization",
        40301 => "Access Denied - You cannot access this route",
        40302 => "Access Denied - Unauthorized parameter usage",
        40401 => "Cannot find record",
        41301 => "Request body too large",
        42901 => "Too many requests",
        50001 => "Internal server error",
        41501 => "Unsupported media type",
        42201 => "Problems with query or path parameters values",
        42202 => "Problems with body attributes values",
        42206 => "The ticket cannot be closed as it does not meet the required conditions",
        42207 => "The ticket cannot be reopened as it does not meet the required conditions",
        _ => "Error",
    };

    public static ApiError Unauthorized() => new(401, 40101, One("error", "You need to sign in before continuing."));

    public static ApiError Forbidden() => new(403, 40301, One("error", "You are not authorized to access this page."));

    public static ApiError NotFound(string what) => new(404, 40401, One("error", what));

    public static ApiError BadRequest(string reason) => new(400, 40003, One("error", reason));

    public static ApiError Query(string field, string reason) => new(422, 42201, One(field, reason));

    public static ApiError Body(string field, string reason) => new(422, 42202, One(field, reason));

    public static ApiError Custom(int status, int code, string field, string reason) => new(status, code, One(field, reason));

    public static ApiError Custom(int status, int code, IReadOnlyDictionary<string, string[]> detail) => new(status, code, detail);

    public IResult ToResult() => Results.Json(Body(), ApiJson.Options, statusCode: status);

    public Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Body(), ApiJson.Options);
    }

    private ErrorBody Body() => new(code, MessageFor(code), detail);

    private static Dictionary<string, string[]> One(string field, string reason) => new() { [field] = [reason] };

    private sealed record ErrorBody(int ErrorCode, string Message, IReadOnlyDictionary<string, string[]> Detail);
}

/// <summary>Thrown by request readers and handlers to answer with an <see cref="ApiError"/>; turned into the response by the API's filter.</summary>
internal sealed class ApiErrorException(ApiError error) : Exception(error.Code.ToString(System.Globalization.CultureInfo.InvariantCulture))
{
    public ApiError Error => error;
}

/// <summary>The API's JSON settings: snake_case names, as Tiflux, and readable Portuguese text.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Also applied to the minimal-API JSON options, so the OpenAPI schemas show the names clients get.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        return options;
    }
}
