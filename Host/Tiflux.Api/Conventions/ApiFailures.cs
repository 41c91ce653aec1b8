namespace Tiflux.Api.Conventions;

/// <summary>
/// The outermost /api/v2 middleware: whatever fails under the API answers the Tiflux error object, never the HTML error
/// page. <see cref="ApiEndpointFilter"/> only sees what happens inside an endpoint; this also covers the authentication
/// handler (a token lookup while the database is down) and bodiless error statuses set by routing or the server
/// (405 and the like), which the host's status-code pages would otherwise render as HTML.
/// </summary>
internal sealed partial class ApiFailures(RequestDelegate next, ILogger<ApiFailures> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            LogFailure(logger, context.Request.Method, context.Request.Path, e);
            context.Response.Clear();
            await ApiError.Custom(500, 50001, "error", "Unexpected error; it was logged. Try again later.").WriteAsync(context);
            return;
        }

        var status = context.Response.StatusCode;
        if (status >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null or 0)
        {
            await ForStatus(status).WriteAsync(context);
        }
    }

    /// <summary>The error object for a status nobody described; the codes are the documented ones (api-v2.md §1.7).</summary>
    private static ApiError ForStatus(int status) => status switch
    {
        401 => ApiError.Unauthorized(),
        403 => ApiError.Forbidden(),
        404 => ApiError.NotFound("No route matches this path"),
        405 => ApiError.Custom(405, 40401, "error", "This route does not accept this HTTP method"),
        413 => ApiError.Custom(413, 41301, "error", "The request's body is too large"),
        415 => ApiError.Custom(415, 41501, "error", "Send the body as application/json"),
        429 => ApiError.Custom(429, 42901, "error", "Too many requests"),
        >= 500 => ApiError.Custom(status, 50001, "error", "Unexpected error; it was logged. Try again later."),
        _ => ApiError.BadRequest("The request is invalid"),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "API {Method} {Path} failed before its endpoint")]
    private static partial void LogFailure(ILogger logger, string method, string path, Exception exception);
}
