using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Health;

/// <summary>/health: open to probes on the same machine (container health checks), otherwise to those with "Configurações da organização".</summary>
internal static class HealthEndpoint
{
    public const string Policy = "HealthReaders";

    public static void AddHealthPolicy(Microsoft.AspNetCore.Authorization.AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy.RequireAssertion(context =>
            context.User.Has(Permissions.OrganizationSettings)
            || (context.Resource is HttpContext http && IsLocal(http))));

    public static IEndpointConventionBuilder MapTifluxHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .RequireAuthorization(Policy);

    private static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
