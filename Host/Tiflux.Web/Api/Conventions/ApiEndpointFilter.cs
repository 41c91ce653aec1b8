namespace Tiflux.Web.Api.Conventions;

/// <summary>Turns <see cref="ApiErrorException"/> and unreadable requests into the Tiflux error object.</summary>
internal sealed class ApiEndpointFilter : IEndpointFilter
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
    }
}

/// <summary>Refuses a caller without a role the route allows (403/40301).</summary>
internal static class ApiAccess
{
    public static ApiCaller Caller(this HttpContext http) => ApiCaller.From(http.User);

    public static ApiCaller Staff(this HttpContext http)
    {
        var caller = http.Caller();
        Require(caller.IsStaff);
        return caller;
    }

    public static ApiCaller Billing(this HttpContext http)
    {
        var caller = http.Caller();
        Require(caller.CanBill);
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
