using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.TestKit;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Tests;

/// <summary>
/// Menus by role (issue 18, items 10 and 11): every link of the layout menu and of /relatorios opens for the user who
/// sees it (no "Acesso negado"), and what a role may not open is not shown — while the pages still refuse it.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class RoleMenuTests(AppFixture app)
{
    /// <summary>The staff menu's users; client users have the portal's own menu (issue 23).</summary>
    public static TheoryData<string> StaffRoles => [Groups.Admin, Groups.Finance, Groups.Technician];

    [Theory]
    [MemberData(nameof(StaffRoles))]
    public async Task EveryMenuAndReportLink_OpensForTheUserWhoSeesIt(string role)
    {
        using var client = await SignInAsync(role);

        var home = await client.GetPageAsync("/");
        var menu = Links(home, ".topbar a");
        var reports = Links(await client.GetPageAsync("/relatorios"), "#relatorios a");

        Assert.Contains("/", menu);
        foreach (var href in menu.Concat(reports).Distinct())
        {
            using var response = await client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: {href} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Admin_SeesEverything_FinanceNoSettings_TechnicianNoBillingNorSettings()
    {
        using var admin = await SignInAsync(Groups.Admin);
        using var finance = await SignInAsync(Groups.Finance);
        using var technician = await SignInAsync(Groups.Technician);

        var adminMenu = Links(await admin.GetPageAsync("/"), ".mainnav a");
        var financeMenu = Links(await finance.GetPageAsync("/"), ".mainnav a");
        var technicianMenu = Links(await technician.GetPageAsync("/"), ".mainnav a");

        Assert.Equal(["/", "/clientes", "/contratos", "/tickets", "/faturamento", "/relatorios", "/configuracoes"], adminMenu);
        Assert.DoesNotContain("/configuracoes", financeMenu);
        Assert.Contains("/faturamento", financeMenu);
        Assert.DoesNotContain("/configuracoes", technicianMenu);
        Assert.DoesNotContain("/faturamento", technicianMenu);
        Assert.Contains("/tickets", technicianMenu);
        // Hidden, and still refused by the page itself.
        using var settings = await technician.GetAsync("/configuracoes");
        using var billing = await technician.GetAsync("/faturamento");
        using var financeSettings = await finance.GetAsync("/configuracoes");
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, billing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, financeSettings.StatusCode);
    }

    [Fact]
    public async Task Reports_AreGroupedAsInTiflux_AndFilteredByRole()
    {
        using var admin = await SignInAsync(Groups.Admin);
        using var finance = await SignInAsync(Groups.Finance);
        using var technician = await SignInAsync(Groups.Technician);

        var adminPage = await admin.GetPageAsync("/relatorios");
        var financeReports = Links(await finance.GetPageAsync("/relatorios"), "#relatorios a");
        var technicianReports = Links(await technician.GetPageAsync("/relatorios"), "#relatorios a");

        Assert.Equal(
            ["/faturamento", "/faturamento/historico", "/faturamento/automatico", "/relatorios/extrato", "/relatorios/grafico-consumo-contrato", "/contratos/reajuste", "/relatorios/conciliacao", "/relatorios/gastos-extras"],
            Links(adminPage, "#grupo-faturamento a"));
        Assert.Equal(
            ["Faturamentos pendentes", "Histórico de faturamentos", "Erros de faturamento em lote", "Extrato consumo de cliente", "Gráfico consumo contrato", "Reajuste de contrato", "Conciliação", "Gastos Extras"],
            adminPage.QuerySelectorAll("#grupo-faturamento a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["/relatorios/deslocamentos", "/relatorios/apontamentos"], Links(adminPage, "#grupo-atendentes a"));
        Assert.Contains("/relatorios/apontamentos", financeReports);
        Assert.DoesNotContain("/relatorios/apontamentos", technicianReports);
        Assert.All(adminPage.QuerySelectorAll("#relatorios li"), li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector(".muted")?.TextContent)));
        Assert.Contains("/configuracoes/mensagens", Links(adminPage, "#relatorios a"));
        Assert.Contains("/relatorios/extrato", financeReports);
        Assert.DoesNotContain("/configuracoes/mensagens", financeReports);
        // The extrato button led technicians to "Acesso negado": it is gone, and the page still refuses them.
        Assert.DoesNotContain("/relatorios/extrato", technicianReports);
        Assert.DoesNotContain("/faturamento", technicianReports);
        Assert.Contains("/tickets", technicianReports);
        using var statement = await technician.GetAsync("/relatorios/extrato");
        Assert.Equal(HttpStatusCode.Forbidden, statement.StatusCode);
    }

    [Fact]
    public async Task PageAccess_FollowsEachPagesOwnAuthorization()
    {
        var user = await PrincipalAsync(Groups.Technician);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<PageAccess>();

        Assert.True(await access.CanOpenAsync(user, "/tickets"));
        Assert.True(await access.CanOpenAsync(user, "/tickets?cliente=x"));
        Assert.False(await access.CanOpenAsync(user, "/configuracoes/mesas"));
        Assert.False(await access.CanOpenAsync(user, "/contratos/novo"));
        Assert.False(await access.CanOpenAsync(user, "/pagina-que-nao-existe"));
        Assert.True(await access.CanOpenAsync(new System.Security.Claims.ClaimsPrincipal(), "/conta/entrar"));
        Assert.False(await access.CanOpenAsync(new System.Security.Claims.ClaimsPrincipal(), "/tickets"));
    }

    private async Task<AppClient> SignInAsync(string role) =>
        role == Groups.Admin ? await app.Factory.SignInAsAdminAsync() : await app.Factory.SignInAsNewUserAsync(role);

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string role)
    {
        var (email, _) = await app.Factory.CreateUserAsync(role);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Tiflux.Web.Identity.TifluxUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<Tiflux.Web.Identity.TifluxUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private static List<string> Links(IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/'))];
}
