using Tiflux.Api.Users;
using Tiflux.Web.Tests.Permissions;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// The page fuzz suite signs in as staff, whom the portal refuses: here a client user with every portal permission
/// sends hostile values in the portal's query names to every portal page. No answer may be a 5xx.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PortalQueryFuzzTests(AppFixture app)
{
    private static readonly string[] Names = ["busca", "situacao", "pagina", "cliente", "contrato", "de", "ate", "inicio", "fim", "mes", "ReturnUrl"];

    private static readonly string[] HostileValues =
        ["%00", "a%00b", "%ED%A0%80", "99999999", "-1", "9999-12-31", "0001-01-01", "2026-02-30", "100000000000000000000%2C00", new('x', 5_000)];

    [Fact]
    public async Task No_portal_page_answers_5xx_to_hostile_query_strings()
    {
        var world = await PortalWorld.CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, (PortalPermissions)255);
        using var _b = browser;
        var number = await world.OpenTicketAsync("Ticket do fuzz", email);
        var routes = (await PageRoute.PagesAsync(app.Factory.Services))
            .Where(r => r.Route.StartsWith("/portal", StringComparison.Ordinal) && r.Pattern.Parameters.All(p => p.Name == "number"))
            .Select(r => r.Route.Replace("{number:int}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .ToList();
        Assert.Contains("/portal/tickets", routes);
        var failures = new List<string>();

        foreach (var route in routes)
        {
            foreach (var value in HostileValues)
            {
                var url = route + "?" + string.Join("&", Names.Select(n => n + "=" + value));
                using var response = await browser.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url[..Math.Min(url.Length, 120)]}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
