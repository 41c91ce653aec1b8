using System.Diagnostics;
using System.Net;

namespace Tiflux.Benchmarks;

/// <summary>One GET at a time (no redirects, no cookie jar), timed; the header is a whole line such as <c>Cookie: a=b</c>.</summary>
internal static class BenchRequest
{
    public sealed record Answer(HttpStatusCode Status, string Body, double Ms);

    public static async Task<Answer> GetAsync(string url, string? header, CancellationToken ct)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (header is not null)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation(header[..colon], header[(colon + 1)..].Trim());
        }

        var sw = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return new Answer(response.StatusCode, body, sw.Elapsed.TotalMilliseconds);
    }

    /// <summary>Median time in ms of <paramref name="samples"/> sequential requests (the body read included).</summary>
    public static async Task<double> MedianMsAsync(int samples, string url, string? header, CancellationToken ct)
    {
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            times.Add((await GetAsync(url, header, ct)).Ms);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
