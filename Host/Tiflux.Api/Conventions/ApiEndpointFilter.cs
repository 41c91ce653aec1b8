namespace Tiflux.Api.Conventions;

/// <summary>
/// Turns <see cref="ApiErrorException"/>, unreadable requests and unexpected failures into the Tiflux error object,
/// so an API client never gets the HTML error page.
/// </summary>
internal sealed partial class ApiEndpointFilter(ILogger<ApiEndpointFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ApiErrorException e)
        {
            return e.Error.ToResult();
        }
        catch (BadHttpRequestException e)
        {
            var tooLarge = e.StatusCode == StatusCodes.Status413PayloadTooLarge;
            return ApiError.Custom(e.StatusCode, tooLarge ? 41301 : 40003, "error", tooLarge ? "The request's body is too large" : "The request's body is invalid").ToResult();
        }
        catch (InvalidDataException)
        {
            return ApiError.BadRequest("The request's body is invalid").ToResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path, e);
            return ApiError.Custom(500, 50001, "error", "Unexpected error; it was logged. Try again later.").ToResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "API {Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, string method, string path, Exception exception);
}

/// <summary>The caller, and refusals (403/40301) the handlers decide beyond the route's permission.</summary>
internal static class ApiAccess
{
    public static ApiCaller Caller(this HttpContext http) => ApiCaller.From(http.User);

    public static ApiCaller Staff(this HttpContext http)
    {
        var caller = http.Caller();
        Require(caller.IsStaff);
        return caller;
    }

    /// <summary>Refuses (403/40301) unless <paramref name="allowed"/>.</summary>
    public static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new ApiErrorException(ApiError.Forbidden());
        }
    }
}
