using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tiflux.Api.Tests.Fuzz;

/// <summary>
/// Every Razor Page, found in the running host's endpoint data source, is fetched as Admin with hostile values in every
/// query parameter its model binds (read from the compiled page: <c>[BindProperty(SupportsGet = true)]</c> and GET
/// handler parameters) and in the filter names the pages use. No answer may be a 5xx.
/// </summary>
[Collection(FuzzTestGroup.Name)]
public sealed class PageRouteFuzzTests(ApiFixture fixture)
{
    /// <summary>Filter names of the pages, sent to every page besides the names its own model binds.</summary>
    private static readonly string[] CommonNames =
        ["busca", "name", "pagina", "page", "data", "mes", "inicio", "fim", "cliente", "clientes", "contrato", "modo", "escopo", "status", "situacao", "modalidade", "editar", "mesa", "de", "ate", "ReturnUrl"];

    /// <summary>Already URL-encoded: NUL, a lone surrogate's UTF-8 bytes, overflowing numbers, impossible dates, long text.</summary>
    private static readonly string[] HostileValues =
        ["%00", "a%00b", "%ED%A0%80", "99999999", "-1", "9999-12-31", "0001-01-01", "2026-02-30", "9999-12", "100000000000000000000%2C00", new('x', 5_000)];

    /// <summary>Signing out would end the fuzz run's session.</summary>
    private static readonly string[] Skipped = ["conta/sair"];

    [Fact]
    public async Task No_page_answers_5xx_to_hostile_query_strings()
    {
        var pages = await PagesAsync();
        Assert.NotEmpty(pages);
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        var failures = new FuzzFailures();

        foreach (var (pattern, names, handlers) in pages)
        {
            var path = Fill(pattern);
            foreach (var handler in handlers.Prepend(null))
            {
                var prefix = path + "?" + (handler is null ? "" : "handler=" + handler + "&");
                foreach (var value in HostileValues)
                {
                    await GetAsync(browser, failures, prefix + string.Join("&", names.Concat(CommonNames).Distinct().Select(n => n + "=" + value)), value);
                    foreach (var name in names)
                    {
                        await GetAsync(browser, failures, prefix + name + "=" + value, name + "=" + value);
                    }
                }
            }
        }

        failures.AssertNone("page requests");
    }

    /// <summary>Each page's route pattern, the query names its model binds on GET, and its named GET handlers.</summary>
    private async Task<List<(string Pattern, string[] Names, string[] Handlers)>> PagesAsync()
    {
        var loader = fixture.Factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<(string, string[], string[])>();
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor
                || endpoint.RoutePattern.RawText is not { } raw
                || Skipped.Any(s => raw.Contains(s, StringComparison.Ordinal)))
            {
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var properties = compiled.BoundProperties
                .Where(p => p is PageBoundPropertyDescriptor bound && bound.Property.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true })
                .Select(p => p.BindingInfo?.BinderModelName ?? p.Name);
            var getHandlers = compiled.HandlerMethods.Where(h => h.HttpMethod == "GET").ToList();
            var parameters = getHandlers.SelectMany(h => h.Parameters)
                .Where(p => p.ParameterType != typeof(CancellationToken) && !raw.Contains("{" + p.Name, StringComparison.OrdinalIgnoreCase))
                .Select(p => p.BindingInfo?.BinderModelName ?? p.Name);
            pages.Add((raw, [.. properties.Concat(parameters).Distinct(StringComparer.Ordinal)],
                [.. getHandlers.Where(h => h.Name is not null).Select(h => h.Name!).Distinct(StringComparer.Ordinal)]));
        }

        return pages;
    }

    /// <summary>Route values from the fixture's world; records it does not have get a random Guid (a 404 is fine).</summary>
    private string Fill(string pattern)
    {
        var segments = ("/" + pattern.TrimStart('/')).Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var name = segments[i].Trim('{', '}', '?').Split(':')[0];
            var previous = segments[i - 1];
            segments[i] = (name, previous) switch
            {
                ("id", "clientes") or ("clientId", _) => fixture.ClientId.ToString(),
                ("id", "contratos") => fixture.HoursContractId.ToString(),
                ("number", _) => fixture.OpenTicket.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ("id", "apontamentos" or "valorizacao") => "novo",
                ("code", _) => "404",
                _ => Guid.NewGuid().ToString(),
            };
        }

        return string.Join('/', segments);
    }

    private static async Task GetAsync(Tiflux.TestKit.AppClient browser, FuzzFailures failures, string url, string label)
    {
        failures.Count();
        using var response = await browser.GetAsync(url);
        if ((int)response.StatusCode >= 500)
        {
            failures.Add("GET", url, label, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        else if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/conta/entrar", StringComparison.Ordinal) == true)
        {
            failures.Add("GET", url, label, 302, "signed out");
        }
    }
}
