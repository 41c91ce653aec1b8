namespace Tiflux.Web.Hosting;

/// <summary>
/// Browser security headers on every response: a Content-Security-Policy without inline scripts or styles, no framing,
/// no MIME sniffing and no full URLs in the Referer. See docs/decisions/0011-browser-security.md.
/// </summary>
internal static class SecurityHeaders
{
    public const string HangfirePath = "/hangfire";

    /// <summary>Where "Conectar Conta Azul" sends the browser after its POST; the same key and default as the Integrations module.</summary>
    private const string ContaAzulAuthKey = "Integrations:ContaAzulAuthUrl";
    private const string ContaAzulAuthDefault = "https://auth.contaazul.com";

    /// <summary>
    /// The app's policy. Scripts and styles come only from wwwroot. form-action also allows the Conta Azul sign-in,
    /// because browsers apply form-action to the redirect that follows a form POST (Integrations › Conectar Conta Azul).
    /// </summary>
    public static string PagePolicy(string formTargets) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
        + $"base-uri 'self'; form-action {formTargets}; frame-ancestors 'none'";

    /// <summary>
    /// Hangfire's dashboard is third-party HTML with inline scripts and style attributes we cannot move or give nonces,
    /// so only there scripts and styles may be inline. It is Admin-only and shows no user-entered HTML; everything else
    /// (no framing, no plugins, no foreign forms or base URL) stays as strict as on our pages.
    /// </summary>
    public const string HangfirePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var pagePolicy = PagePolicy(FormTargets(configuration[ContaAzulAuthKey]));
        return app.Use((context, next) =>
        {
            // Decided now: Hangfire's dashboard moves the path into PathBase before the response starts.
            var policy = context.Request.Path.StartsWithSegments(HangfirePath) ? HangfirePolicy : pagePolicy;
            // Set when the response starts: the exception handler clears the headers of a failed response, and its
            // error page must carry them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static string FormTargets(string? contaAzulAuthUrl) =>
        Uri.TryCreate(string.IsNullOrWhiteSpace(contaAzulAuthUrl) ? ContaAzulAuthDefault : contaAzulAuthUrl, UriKind.Absolute, out var uri)
            ? $"'self' {uri.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
}
