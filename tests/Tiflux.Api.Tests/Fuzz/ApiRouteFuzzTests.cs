using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Fuzz;

/// <summary>
/// Every /api/v2 route, found in the running host's endpoint data source (a new route is covered without touching this
/// file), gets a fixed hostile set as Admin. No answer may be a 5xx, and every 4xx must be the documented error object.
/// </summary>
[Collection(FuzzTestGroup.Name)]
public sealed class ApiRouteFuzzTests(ApiFixture fixture)
{
    private const string Missing = "999999999";

    /// <summary>Names most bodies and queries use; the OpenAPI document adds every property name it knows.</summary>
    private static readonly string[] CommonNames =
    [
        "name", "title", "description", "social", "social_revenue", "email_financial", "anotations", "status", "active",
        "client_id", "desk_id", "priority_id", "responsible_id", "equipment_id", "requestor_name", "requestor_email",
        "contract_type_id", "start_date", "end_date", "due_day", "value", "unit_value", "quantity", "discount", "tax",
        "date", "init_time", "end_time", "user_id", "service_type_id", "shift_id", "extra_expense_id", "reason", "comment",
        "approve", "rating", "nfe_number", "observations", "billing_date", "due_date", "items", "lines", "rider",
        "ticket_ids", "client_ids", "offset", "limit", "start_datetime", "end_datetime", "desk_ids", "user_ids", "_type",
        "type", "email", "document", "included_hours", "surplus_hour_value", "billing_days_before", "disapproval_reason",
        "external_user_name", "technical_observations", "price", "hours", "percent",
    ];

    /// <summary>Hostile JSON values, each put in every field of one body.</summary>
    private static readonly (string Label, string Json)[] HostileValues =
    [
        ("NUL", "\"a\\u0000b\""),
        ("lone surrogate", "\"a\\ud800b\""),
        ("lone low surrogate", "\"\\udc00\""),
        ("object", "{\"x\":1}"),
        ("array", "[1,\"a\",null]"),
        ("1e20", "1e20"),
        ("1e300", "1e300"),
        ("\"1e20\"", "\"100000000000000000000\""),
        ("pt-BR 1e20", "\"100000000000000000000,00\""),
        ("negative", "-1"),
        ("very negative", "-99999999999999999999"),
        ("0.001", "0.001"),
        ("9999-12-31", "\"9999-12-31\""),
        ("0001-01-01", "\"0001-01-01\""),
        ("2026-02-30", "\"2026-02-30\""),
        ("datetime 9999", "\"9999-12-31T23:59:59Z\""),
        ("empty", "\"\""),
        ("true", "true"),
    ];

    /// <summary>Bodies that are not a JSON object at all.</summary>
    private static readonly string[] MalformedBodies = ["{", "{\"name\":}", "[1,2]", "\"text\"", "null", "{\"\\ud800\":1}", "\u0000", "{\"name\":\"\\u00\"}"];

    /// <summary>Hostile query values, each put in every query parameter of one request.</summary>
    private static readonly string[] HostileQueryValues =
    [
        "%00", "a%00b", "%ED%A0%80", "%F0%9F", "99999999", "-1", "-5", "1e20", "100000000000000000000,00",
        "9999-12-31", "0001-01-01", "2026-02-30", "9999-12-31T23:59:59Z", new('x', 5_000), "1,2,3,%00", "true%00",
    ];

    private static readonly string[] OddPaging = ["offset=99999999&limit=200", "limit=-1", "offset=-5", "offset=0&limit=0", "limit=99999999999", "offset=2147483647&limit=200"];

    [Fact]
    public async Task No_api_route_answers_5xx_or_an_undocumented_error_to_hostile_input()
    {
        var routes = ApiRoutes();
        Assert.NotEmpty(routes);
        Assert.Contains(routes, r => r.Method == "POST");
        Assert.Contains(routes, r => r.Method == "PUT");

        using var api = fixture.Client(Groups.Admin);
        var (names, queryNames) = await FieldNamesAsync(api);
        var ids = await ExistingIdsAsync(api);
        var failures = new FuzzFailures();

        foreach (var (method, pattern) in routes)
        {
            var path = Fill(pattern, ids);
            var missingPath = Fill(pattern, null);
            if (method is "GET")
            {
                foreach (var value in HostileQueryValues)
                {
                    var query = string.Join("&", queryNames.Select(n => n + "=" + value));
                    await SendAsync(api, failures, method, path + "?" + query, null, value);
                }

                foreach (var paging in OddPaging)
                {
                    await SendAsync(api, failures, method, path + "?" + paging, null, paging);
                }

                if (missingPath != path)
                {
                    await SendAsync(api, failures, method, missingPath, null, "missing id");
                }

                continue;
            }

            foreach (var (label, json) in HostileValues)
            {
                await SendAsync(api, failures, method, path, Body(names, json), label);
            }

            // Nested readers (rider, items, lines) get the same treatment one level down.
            await SendAsync(api, failures, method, path, Body(names, Body(names, "\"\\u0000\"")), "nested NUL");
            await SendAsync(api, failures, method, path, Body(names, "[" + Body(names, "1e20") + "]"), "array of objects 1e20");
            await SendAsync(api, failures, method, path, Body(names, "[" + Body(names, "\"\\ud800\"") + "]"), "array of objects lone surrogate");

            // 100k characters in every field, a few fields per body so the body stays under the 1 MB cap.
            var longText = JsonSerializer.Serialize(new string('x', 100_000));
            foreach (var chunk in names.Chunk(8))
            {
                await SendAsync(api, failures, method, path, Body(chunk, longText), "100k chars in " + string.Join(",", chunk));
            }

            foreach (var malformed in MalformedBodies)
            {
                await SendAsync(api, failures, method, path, malformed, "malformed " + malformed);
            }

            await SendAsync(api, failures, method, missingPath, "{}", "missing id");
        }

        failures.AssertNone("API requests");
    }

    /// <summary>Every /api/v2 route with its method, from the endpoints the host really serves.</summary>
    private List<(string Method, string Pattern)> ApiRoutes()
    {
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        return [.. endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/v2/", StringComparison.Ordinal) && !raw.Contains("{*", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!["/api/v2".Length..])))
            .Distinct()
            .OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.m, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Body names: the common names plus every property and parameter name of the OpenAPI document; query names: the
    /// common names plus every parameter name.
    /// </summary>
    private static async Task<(string[] Body, string[] Query)> FieldNamesAsync(ApiClient api)
    {
        var names = new HashSet<string>(CommonNames, StringComparer.Ordinal);
        var parameters = new HashSet<string>(CommonNames, StringComparer.Ordinal);
        var document = await api.GetAsync("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, document.Status);
        Collect(document.Json, names, parameters);
        return (Clean(names), Clean(parameters));

        static string[] Clean(HashSet<string> names) =>
            [.. names.Where(n => n.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')).Order(StringComparer.Ordinal)];

        static void Collect(JsonElement element, HashSet<string> names, HashSet<string> parameters)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "properties" && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        names.UnionWith(property.Value.EnumerateObject().Select(p => p.Name));
                    }
                    else if (property.Name is "parameters" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        var found = property.Value.EnumerateArray()
                            .Where(p => p.TryGetProperty("name", out _)).Select(p => p.GetProperty("name").GetString()!).ToList();
                        names.UnionWith(found);
                        parameters.UnionWith(found);
                    }

                    Collect(property.Value, names, parameters);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, names, parameters);
                }
            }
        }
    }

    /// <summary>An existing integer id per resource (the first of its list), so routes reach real records.</summary>
    private async Task<Dictionary<string, string>> ExistingIdsAsync(ApiClient api)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tickets"] = fixture.OpenTicket.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        string[] lists = ["clients", "contracts", "desks", "users", "contract-types", "extra-expenses", "loose-services", "shifts"];
        foreach (var list in lists)
        {
            var answer = await api.GetAsync("/" + list);
            if (answer.Status == HttpStatusCode.OK && answer.Json.ValueKind == JsonValueKind.Array && answer.Json.GetArrayLength() > 0)
            {
                ids[list] = answer.Json[0].GetProperty("id").GetRawText();
            }
        }

        var history = await api.GetAsync("/reports/billings/history");
        if (history.Status == HttpStatusCode.OK && history.Json.ValueKind == JsonValueKind.Array && history.Json.GetArrayLength() > 0)
        {
            ids["billings"] = history.Json[0].GetProperty("id").GetRawText();
        }

        return ids;
    }

    /// <summary>The pattern with its parameters filled: the resource's existing id (or 1), or a missing one when <paramref name="ids"/> is null.</summary>
    private static string Fill(string pattern, Dictionary<string, string>? ids)
    {
        var segments = pattern.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var name = segments[i].Trim('{', '}', '?').Split(':')[0];
            var resource = name == "client_id" ? "clients" : i > 0 ? segments[i - 1] : "";
            segments[i] = name == "documentName" ? "openapi"
                : ids is null ? Missing
                : ids.GetValueOrDefault(resource, "1");
        }

        return string.Join('/', segments).Replace("{documentName}.json", "openapi.json", StringComparison.Ordinal);
    }

    private static string Body(IEnumerable<string> names, string json) =>
        "{" + string.Join(",", names.Select(n => JsonSerializer.Serialize(n) + ":" + json)) + "}";

    private static async Task SendAsync(ApiClient api, FuzzFailures failures, string method, string path, string? body, string label)
    {
        failures.Count();
        using var request = api.Request(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        ApiResponse response;
        try
        {
            response = await api.SendAsync(request);
        }
        catch (Exception e) when (e is JsonException or HttpRequestException)
        {
            failures.Add(method, path, label, 0, e.GetType().Name + ": " + e.Message);
            return;
        }

        var status = (int)response.Status;
        if (status >= 500)
        {
            failures.Add(method, path, label, status, Encoding.UTF8.GetString(response.Body));
        }
        else if (status >= 400 && !IsErrorObject(response.Json))
        {
            failures.Add(method, path, label, status, "not the error object: " + Encoding.UTF8.GetString(response.Body));
        }
    }

    private static bool IsErrorObject(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
        && json.TryGetProperty("error_code", out var code) && code.ValueKind == JsonValueKind.Number
        && json.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
        && json.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.Object;
}
