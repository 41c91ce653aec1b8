using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Tiflux.Api.Tokens;

namespace Tiflux.Api.Conventions;

/// <summary>Rate limits of /api/v2 (api-v2.md §1.6): per user with a valid token, per IP without one.</summary>
internal sealed class ApiRateLimitOptions
{
    public const string Section = "Api";

    public int RequestsPerMinutePerUser { get; set; } = 120;

    public int RequestsPerMinutePerIp { get; set; } = 10;
}

/// <summary>
/// Fixed one-minute windows counted in memory per process, with <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>
/// and <c>RateLimit-Reset</c> (ISO 8601 time the window ends) on every answer and 429 past the limit. Also caps
/// request bodies and answers unknown /api/v2 routes with the error object.
/// </summary>
internal sealed class ApiRateLimiter(RequestDelegate next, TimeProvider clock, Microsoft.Extensions.Options.IOptionsMonitor<ApiRateLimitOptions> options)
{
    private const long MaxMultipartBytes = 30L * 1024 * 1024;
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        var authenticated = await context.AuthenticateAsync(ApiTokenAuthentication.Scheme);
        if (authenticated.Succeeded)
        {
            context.User = authenticated.Principal;
        }

        var (key, limit) = authenticated.Succeeded
            ? ("u:" + context.User.FindFirstValue(ClaimTypes.NameIdentifier), options.CurrentValue.RequestsPerMinutePerUser)
            : ("ip:" + context.Connection.RemoteIpAddress, options.CurrentValue.RequestsPerMinutePerIp);
        var now = clock.GetUtcNow();
        var window = windows.AddOrUpdate(
            key,
            _ => new Window(now, 1),
            (_, w) => now - w.Start >= TimeSpan.FromMinutes(1) ? new Window(now, 1) : w with { Count = w.Count + 1 });
        var resetAt = window.Start.AddMinutes(1);
        context.Response.Headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["RateLimit-Remaining"] = Math.Max(0, limit - window.Count).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["RateLimit-Reset"] = ApiResults.DateTime(resetAt);
        Purge(now);

        if (window.Count > limit)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((resetAt - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await ApiError.Custom(429, 42901, "error", "Too many requests. Try again after " + ApiResults.DateTime(resetAt)).WriteAsync(context);
            return;
        }

        var maxBody = context.Request.HasFormContentType ? MaxMultipartBytes : BodyReader.MaxBodyBytes;
        if (context.Request.ContentLength > maxBody)
        {
            await ApiError.Custom(413, 41301, "error", $"The request's body is larger than {maxBody / 1024 / 1024} MB").WriteAsync(context);
            return;
        }

        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBody;
        }

        await next(context);
    }

    private void Purge(DateTimeOffset now)
    {
        if (windows.Count < 10_000)
        {
            return;
        }

        foreach (var (key, window) in windows)
        {
            if (now - window.Start >= TimeSpan.FromMinutes(1))
            {
                windows.TryRemove(key, out _);
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
