using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Tiflux.Api.Tests;

/// <summary>An HTTP client of the real host that speaks to /api/v2 with a Bearer token, as a Tiflux API client would.</summary>
public sealed class ApiClient(HttpClient http, string? token) : IDisposable
{
    public const string Base = "/api/v2";

    public async Task<ApiResponse> GetAsync(string path) => await SendAsync(HttpMethod.Get, path, null);

    public async Task<ApiResponse> PostAsync(string path, object? body) => await SendAsync(HttpMethod.Post, path, body);

    public async Task<ApiResponse> PutAsync(string path, object? body = null) => await SendAsync(HttpMethod.Put, path, body);

    /// <summary>Sends a raw body (malformed JSON, wrong content types).</summary>
    public async Task<ApiResponse> SendRawAsync(HttpMethod method, string path, string content, string contentType)
    {
        using var request = Request(method, path);
        request.Content = new StringContent(content, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await ReadAsync(await http.SendAsync(request));
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = Request(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return await ReadAsync(await http.SendAsync(request));
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request) => await ReadAsync(await http.SendAsync(request));

    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(Base + path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            var isJson = response.Content.Headers.ContentType?.MediaType == "application/json" && bytes.Length > 0;
            return new ApiResponse(response.StatusCode, headers, isJson ? JsonDocument.Parse(bytes).RootElement.Clone() : default, bytes);
        }
    }

    public void Dispose() => http.Dispose();
}

/// <summary>A response with its JSON body (default when the body is not JSON).</summary>
public sealed record ApiResponse(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, JsonElement Json, byte[] Body)
{
    public int TotalItems => int.Parse(Headers["X-Total-Items"], System.Globalization.CultureInfo.InvariantCulture);

    public JsonElement this[string property] => Json.GetProperty(property);

    /// <summary>Asserts the status, showing the body when it differs.</summary>
    public ApiResponse Expect(HttpStatusCode status)
    {
        Assert.True(status == Status, $"Expected {(int)status}, got {(int)Status}: {Encoding.UTF8.GetString(Body)}");
        return this;
    }

    /// <summary>Asserts the Tiflux error object with its code, and returns the messages of <paramref name="field"/>.</summary>
    public IReadOnlyList<string> ExpectError(HttpStatusCode status, int code, string field)
    {
        Expect(status);
        Assert.Equal(code, Json.GetProperty("error_code").GetInt32());
        Assert.False(string.IsNullOrEmpty(Json.GetProperty("message").GetString()));
        Assert.True(Json.GetProperty("detail").TryGetProperty(field, out var messages), $"No '{field}' in {Encoding.UTF8.GetString(Body)}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }
}
