using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tiflux.Integrations.Charges;

/// <summary>How a failed external call should be handled by the job.</summary>
internal enum FailureKind
{
    /// <summary>5xx, timeout, network: Hangfire retries with back-off.</summary>
    Transient = 0,
    /// <summary>429: the job is scheduled again after the reset the service announced.</summary>
    RateLimited = 1,
    /// <summary>400/401/404 or missing configuration: retrying would not help; the charge is marked failed.</summary>
    Permanent = 2,
}

internal sealed class IntegrationCallException(FailureKind kind, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public FailureKind Kind { get; } = kind;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public HttpStatusCode? Status { get; init; }
}

/// <summary>JSON over HTTP with the error mapping both services share; errors become <see cref="IntegrationCallException"/>.</summary>
internal sealed class ExternalApi(IHttpClientFactory factory)
{
    public const string ClientName = "tiflux-integrations";

    public const string UserAgent = "Tiflux-Billing/1.0";

    public static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(60);

    /// <summary>Sends and returns the JSON body (null for an empty body, or for 404 when <paramref name="notFoundIsNull"/>).</summary>
    public async Task<JsonNode?> SendAsync(
        string service, HttpMethod method, Uri uri, Action<HttpRequestHeaders> headers, JsonNode? body, CancellationToken cancellationToken,
        bool notFoundIsNull = false, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        request.Headers.Accept.ParseAdd("application/json");
        headers(request.Headers);
        if (content is not null)
        {
            request.Content = content;
        }
        else if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var http = factory.CreateClient(ClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IntegrationCallException(FailureKind.Transient, $"{service}: tempo esgotado em {method} {uri.AbsolutePath}.", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new IntegrationCallException(FailureKind.Transient, $"{service}: falha de conexão em {method} {uri.AbsolutePath} ({ex.Message}).", inner: ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return string.IsNullOrWhiteSpace(text) ? null : Parse(text);
            }

            if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            var status = (int)response.StatusCode;
            var detail = Describe(text);
            var where = $"{service}: {method} {uri.AbsolutePath} respondeu {status}";
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryAfter(response) ?? DefaultRateLimitWait;
                throw new IntegrationCallException(FailureKind.RateLimited, $"{where} (limite de requisições); nova tentativa em {wait.TotalSeconds:0} s.", wait) { Status = response.StatusCode };
            }

            var kind = status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout ? FailureKind.Transient : FailureKind.Permanent;
            var hint = response.StatusCode == HttpStatusCode.Unauthorized ? " — verifique as credenciais em Configurações › Integrações" : "";
            throw new IntegrationCallException(kind, $"{where}{(detail.Length > 0 ? ": " + detail : "")}{hint}.") { Status = response.StatusCode };
        }
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Conta Azul's proximo-numero may answer a bare number.
            return JsonValue.Create(text.Trim());
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("RateLimit-Reset", out var reset)
            && double.TryParse(reset.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(Math.Max(1, seconds));
        }

        return response.Headers.RetryAfter?.Delta;
    }

    /// <summary>Asaas <c>errors[].description</c>, an OAuth <c>error</c>, or the start of the raw body.</summary>
    private static string Describe(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        try
        {
            var node = JsonNode.Parse(text);
            if (node?["errors"] is JsonArray errors)
            {
                return string.Join("; ", errors.Select(e => $"{e?["code"]} {e?["description"]}".Trim()));
            }

            if (node?["error"] is JsonNode error)
            {
                return error.ToString();
            }
        }
        catch (JsonException)
        {
        }

        return text.Length > 300 ? text[..300] : text;
    }
}

/// <summary>Reading loosely typed JSON answers.</summary>
internal static class Json
{
    public static string? Str(this JsonNode? node, string name) =>
        node?[name] is JsonValue value ? value.ToString() : null;

    public static JsonArray Items(this JsonNode? node, params string[] names)
    {
        if (node is JsonArray array)
        {
            return array;
        }

        foreach (var name in names)
        {
            if (node?[name] is JsonArray items)
            {
                return items;
            }
        }

        return [];
    }

    public static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    public static string Query(string value) => Uri.EscapeDataString(value);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
