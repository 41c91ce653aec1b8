using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.TestKit;
using Tiflux.Web.Pages.Shared;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Web.Tests.Permissions;

/// <summary>
/// The default permission groups reproduce the former roles exactly (issue 21): what each former role could open,
/// written down from the attributes the pages had before permissions (main before issue 21:
/// <c>[Authorize(Roles = StaffRoles)]</c>, <c>Policy = CanBill</c> / <c>CanSeeMoney</c>, <c>AdminOnly</c>, the fallback
/// "signed in" and the anonymous conventions), is what the group of the same name opens now.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class DefaultGroupsTests(AppFixture app)
{
    /// <summary>The former authorization of a route.</summary>
    private enum Former
    {
        Anonymous,
        SignedIn,
        /// <summary>Open to every signed-in user before issue 23, to staff since: client users have the portal instead.</summary>
        SignedInStaff,
        /// <summary><c>[Authorize(Roles = StaffRoles)]</c>: Admin, Finance, Technician.</summary>
        Staff,
        /// <summary><c>Policy = CanBill</c> or <c>CanSeeMoney</c>: Admin, Finance.</summary>
        Money,
        /// <summary><c>Policy = AdminOnly</c>.</summary>
        AdminOnly,
    }

    /// <summary>Every route the former roles decided, with its former authorization.</summary>
    private static readonly Dictionary<string, Former> FormerRoutes = new(StringComparer.Ordinal)
    {
        ["/"] = Former.SignedInStaff,
        ["/Index"] = Former.SignedInStaff,
        ["/conta"] = Former.SignedIn,
        ["/conta/entrar"] = Former.Anonymous,
        ["/conta/sair"] = Former.SignedIn,
        ["/conta/tokens"] = Former.SignedIn,
        ["/erro/{code:int?}"] = Former.Anonymous,
        ["/ajuda/api"] = Former.SignedInStaff,
        ["/relatorios"] = Former.SignedInStaff,
        ["/relatorios/extrato"] = Former.Money,
        ["/relatorios/faturamentos/{billingId:guid}/email"] = Former.Money,
        ["/relatorios/faturamentos/{billingId:guid}/pdf"] = Former.Money,
        ["/faturamento"] = Former.Money,
        ["/faturamento/historico"] = Former.Money,
        ["/faturamento/automatico"] = Former.Money,
        ["/faturamento/{id:guid}"] = Former.Money,
        ["/faturamento/{id:guid}/anexos/{attachmentId:guid}"] = Former.Money,
        ["/faturamento/cliente/{clientId:guid}"] = Former.Money,
        ["/faturamento/cliente/{clientId:guid}/finalizar"] = Former.Money,
        ["/clientes"] = Former.Staff,
        ["/clientes/{id:guid}"] = Former.Staff,
        ["/clientes/novo"] = Former.Money,
        ["/clientes/{id:guid}/editar"] = Former.Money,
        ["/contratos"] = Former.Staff,
        ["/contratos/{id:guid}"] = Former.Staff,
        ["/contratos/novo"] = Former.Money,
        ["/contratos/{id:guid}/editar"] = Former.Money,
        ["/contratos/reajuste"] = Former.Money,
        ["/tickets"] = Former.Staff,
        ["/tickets/novo"] = Former.Staff,
        ["/tickets/revisao"] = Former.Staff,
        ["/tickets/{number:int}"] = Former.Staff,
        ["/tickets/{number:int}/apontamentos/{id}"] = Former.Staff,
        ["/tickets/{number:int}/valorizacao/{id}"] = Former.Staff,
        ["/tickets/anexos/{id:guid}"] = Former.Staff,
        ["/configuracoes"] = Former.AdminOnly,
        ["/configuracoes/organizacao"] = Former.AdminOnly,
        ["/configuracoes/email"] = Former.AdminOnly,
        ["/configuracoes/mensagens"] = Former.AdminOnly,
        ["/configuracoes/integracoes"] = Former.AdminOnly,
        ["/configuracoes/integracoes/conta-azul/retorno"] = Former.AdminOnly,
        ["/configuracoes/mesas"] = Former.AdminOnly,
        ["/configuracoes/checklists"] = Former.AdminOnly,
        ["/configuracoes/tipos-de-contrato"] = Former.Money,
        ["/configuracoes/gastos-extras"] = Former.Money,
        ["/configuracoes/servicos-avulsos"] = Former.Money,
        ["/configuracoes/deslocamentos"] = Former.Money,
        ["/hangfire/{**path}"] = Former.AdminOnly,
    };

    /// <summary>Which former roles each former authorization let in.</summary>
    private static readonly Dictionary<Former, string[]> AdmittedGroups = new()
    {
        [Former.Anonymous] = [Groups.Admin, Groups.Finance, Groups.Technician, Groups.Client],
        [Former.SignedIn] = [Groups.Admin, Groups.Finance, Groups.Technician, Groups.Client],
        [Former.SignedInStaff] = [Groups.Admin, Groups.Finance, Groups.Technician],
        [Former.Staff] = [Groups.Admin, Groups.Finance, Groups.Technician],
        [Former.Money] = [Groups.Admin, Groups.Finance],
        [Former.AdminOnly] = [Groups.Admin],
    };

    public static TheoryData<string> DefaultGroups => [Groups.Admin, Groups.Finance, Groups.Technician, Groups.Client];

    [Theory]
    [MemberData(nameof(DefaultGroups))]
    public async Task Each_default_group_opens_exactly_what_its_former_role_opened(string group)
    {
        var user = await PrincipalOfAsync(group);

        var (expected, actual) = await CompareAsync(group, user);

        Assert.True(
            expected.SetEquals(actual),
            $"{group}: opens now but not before: [{string.Join(", ", actual.Except(expected))}]; opened before but not now: [{string.Join(", ", expected.Except(actual))}]");
    }

    [Fact]
    public async Task The_comparison_notices_a_default_group_given_one_more_permission()
    {
        var technician = await PrincipalOfAsync(Groups.Technician);
        technician.AddIdentity(new ClaimsIdentity([new Claim(PermissionKeys.Claim, PermissionKeys.Billing)], "teste"));

        var (expected, actual) = await CompareAsync(Groups.Technician, technician);

        Assert.Contains("/faturamento", actual.Except(expected));
    }

    [Fact]
    public async Task Every_former_route_is_still_served()
    {
        var routes = await RoutesAsync();

        Assert.Empty(FormerRoutes.Keys.Except(routes.Select(r => r.Route)));
    }

    /// <summary>
    /// The former routes <paramref name="group"/>'s role opened, and those <paramref name="user"/> opens now — by the
    /// route's own authorization, and for literal routes also by <see cref="PageAccess"/> (what the menus use).
    /// </summary>
    private async Task<(HashSet<string> Expected, HashSet<string> Actual)> CompareAsync(string group, ClaimsPrincipal user)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<PageAccess>();
        var expected = FormerRoutes.Where(r => AdmittedGroups[r.Value].Contains(group)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var actual = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in (await RoutesAsync()).Where(r => FormerRoutes.ContainsKey(r.Route)))
        {
            var admits = await route.AdmitsAsync(scope.ServiceProvider, user);
            if (route.Pattern.Parameters.Count == 0)
            {
                Assert.True(admits == await access.CanOpenAsync(user, route.Route), $"{route.Route}: PageAccess disagrees with the page's authorization for {group}");
            }

            if (admits)
            {
                actual.Add(route.Route);
            }
        }

        return (expected, actual);
    }

    private async Task<List<PageRoute>> RoutesAsync()
    {
        var routes = await PageRoute.PagesAsync(app.Factory.Services);
        if (PageRoute.Endpoint(app.Factory.Services, "/hangfire/{**path}") is { } hangfire)
        {
            routes.Add(hangfire);
        }

        return routes;
    }

    private async Task<ClaimsPrincipal> PrincipalOfAsync(string group) =>
        await app.Factory.PrincipalAsync((await app.Factory.CreateUserAsync(group)).Email);
}
