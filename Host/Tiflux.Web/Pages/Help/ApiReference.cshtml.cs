using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.OpenApi;
using Tiflux.Api;

namespace Tiflux.Web.Pages.Help;

/// <summary>A readable reference of the API v2, rendered from the same OpenAPI document clients download.</summary>
public sealed class ApiReferenceModel([FromKeyedServices(ApiV2.OpenApiDocument)] IOpenApiDocumentProvider documents) : PageModel
{
    public JsonElement Document { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        using var text = new StringWriter();
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        Document = JsonDocument.Parse(text.ToString()).RootElement.Clone();
    }

    /// <summary>A schema's type for people: <c>string</c>, <c>integer | null</c>, <c>ClientListItem[]</c>.</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }

        if (schema.TryGetProperty("items", out var items))
        {
            return TypeOf(items) + "[]";
        }

        if (schema.TryGetProperty("type", out var type))
        {
            return type.ValueKind == JsonValueKind.Array ? string.Join(" | ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "";
        }

        return schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf)
            ? string.Join(" | ", oneOf.EnumerateArray().Select(TypeOf))
            : "object";
    }
}
