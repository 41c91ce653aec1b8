using System.Globalization;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Conventions;

/// <summary>Answers in the Tiflux shapes: bare objects and arrays, <c>X-Total-Items</c> on lists, money as strings.</summary>
internal static class ApiResults
{
    public const string Masked = "--";

    public static IResult Ok(object value) => Results.Json(value, ApiJson.Options);

    public static IResult Created(object value) => Results.Json(value, ApiJson.Options, statusCode: StatusCodes.Status201Created);

    /// <summary>A page of a list: the bare array plus the total count of every match.</summary>
    public static IResult Page<T>(HttpContext http, IEnumerable<T> items, int total)
    {
        http.Response.Headers["X-Total-Items"] = total.ToString(CultureInfo.InvariantCulture);
        return Results.Json(items, ApiJson.Options);
    }

    /// <summary>Money in read models: a string with two decimals, e.g. <c>"755.90"</c>.</summary>
    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Money, or <c>"--"</c> when the caller may not see values.</summary>
    public static string Money(decimal value, ApiCaller caller) => caller.CanSeeMoney ? Money(value) : Masked;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? DateTime(DateTimeOffset? at) => at is { } a ? DateTime(a) : null;

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A duration as <c>HH:MM</c>, hours may exceed 24.</summary>
    public static string Duration(int minutes) => PtBr.Hhmm(minutes);
}
