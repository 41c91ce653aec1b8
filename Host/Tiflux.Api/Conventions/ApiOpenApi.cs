using Microsoft.OpenApi;

namespace Tiflux.Api.Conventions;

/// <summary>A query parameter a handler reads itself, declared for the OpenAPI document.</summary>
internal sealed record ApiQueryParameter(string Name, string Type, bool Required);

/// <summary>
/// OpenAPI declarations for the API's hand-read requests, and the document at <c>/api/v2/openapi.json</c>.
/// </summary>
internal static class ApiOpenApi
{
    public const string DocumentName = "openapi";

    public static RouteHandlerBuilder Query(this RouteHandlerBuilder builder, string name, string type, bool required = false) =>
        builder.WithMetadata(new ApiQueryParameter(name, type, required));

    /// <summary>Page-number paging: <c>offset</c> (page, from 1) and <c>limit</c> (1..200); the answer has <c>X-Total-Items</c>.</summary>
    public static RouteHandlerBuilder Paged(this RouteHandlerBuilder builder) =>
        builder.Query("offset", "integer").Query("limit", "integer");

    public static RouteHandlerBuilder Body<T>(this RouteHandlerBuilder builder)
        where T : notnull =>
        builder.Accepts<T>("application/json");

    public static IServiceCollection AddApiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Tiflux billing desk — API v2",
                    Version = "2",
                    Description = "Compatible with Tiflux API v2 (change only the base URL) plus set-up and billing automation. "
                        + "Authorization: Bearer <personal API token>. Lists page with offset (page number) and limit (1..200) and "
                        + "answer X-Total-Items. Errors: {error_code, message, detail}; 415/41501 when a JSON route gets another Content-Type, "
                        + "500/50001 on an unexpected failure.",
                };
                // Paths relative to the API base, as in Tiflux's own document; the host's other endpoints are left out.
                var paths = new OpenApiPaths();
                foreach (var (path, item) in document.Paths.Where(p => p.Key.StartsWith(ApiV2.Prefix + "/", StringComparison.Ordinal)))
                {
                    paths.Add(path[ApiV2.Prefix.Length..], item);
                }

                document.Paths = paths;
                document.Servers = [new OpenApiServer { Url = ApiV2.Prefix }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["BearerAuth"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal API token from Minha conta › Tokens de API.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                foreach (var parameter in context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiQueryParameter>())
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = parameter.Name,
                        In = ParameterLocation.Query,
                        Required = parameter.Required,
                        Schema = new OpenApiSchema { Type = parameter.Type switch
                        {
                            "integer" => JsonSchemaType.Integer,
                            "boolean" => JsonSchemaType.Boolean,
                            _ => JsonSchemaType.String,
                        } },
                    });
                }

                return Task.CompletedTask;
            });
        });
}
