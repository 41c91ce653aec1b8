using Tiflux.Integrations.PublicApi;

namespace Tiflux.Web.Integrations;

/// <summary>
/// <c>POST /integracoes/asaas/webhook</c>: anonymous, because Asaas calls it; the <c>asaas-access-token</c> header is
/// the authorization (compared in constant time by the Integrations module). A bad token gets 401; anything else
/// valid gets 200 — including duplicates and ignored events, because Asaas pauses a webhook queue after repeated non-200.
/// </summary>
internal static class AsaasWebhookEndpoint
{
    public const string Route = "/integracoes/asaas/webhook";

    /// <summary>Asaas payloads are small; anything larger is refused before it is read.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointConventionBuilder MapAsaasWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http, IIntegrationsModule integrations, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes; // also bounds a chunked body without Content-Length
        }

        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var token = http.Request.Headers["asaas-access-token"].FirstOrDefault();
        return await integrations.HandleAsaasWebhookAsync(token, body, cancellationToken) switch
        {
            WebhookOutcome.Unauthorized => Results.Unauthorized(),
            WebhookOutcome.Invalid => Results.BadRequest(),
            _ => Results.Ok(),
        };
    }
}
