using Tiflux.Api.Users;
using Tiflux.Web.Tests.Billing;

namespace Tiflux.Web.Tests.Portal;

/// <summary>Money in the portal only with "ver valores": contracts, cycle consumption and a ticket's value.</summary>
[Collection(AppTestGroup.Name)]
public sealed class PortalValuesTests(AppFixture app)
{
    [Fact]
    public async Task Contract_and_ticket_values_show_only_with_see_values()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Portal valores");
        const PortalPermissions withoutValues = PortalPermissions.SeeContracts | PortalPermissions.SeeAllClientTickets;
        var (blind, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, withoutValues);
        using var _b = blind;
        var (seeing, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, withoutValues | PortalPermissions.SeeValues);
        using var _s = seeing;
        var fee = BillingScenario.Money(BillingScenario.CycleFee);
        // 1 h + 2 h at R$ 120,00 (the warranty hour is free).
        var ticketValue = BillingScenario.Money(3 * BillingScenario.RemoteRate);

        var hidden = await blind.GetPageAsync("/portal/contratos");
        var shown = await seeing.GetPageAsync("/portal/contratos");
        Assert.Contains(scenario.ContractName, hidden.QuerySelector("#portal-contracts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("R$", hidden.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(fee, shown.QuerySelector("#portal-contracts")!.TextContent, StringComparison.Ordinal);

        var hiddenTicket = await blind.GetPageAsync($"/portal/tickets/{scenario.TicketNumber}");
        var shownTicket = await seeing.GetPageAsync($"/portal/tickets/{scenario.TicketNumber}");
        Assert.Equal("04:00", hiddenTicket.QuerySelector("#ticket-time")!.TextContent.Trim());
        Assert.Null(hiddenTicket.QuerySelector("#ticket-value"));
        Assert.DoesNotContain("R$", hiddenTicket.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ticketValue, shownTicket.QuerySelector("#ticket-value")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_contracts_and_resources_pages_need_their_permissions_and_the_menu_shows_only_what_opens()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Portal menu");
        var (browser, _, _) = await app.Factory.SignInAsClientUserAsync(scenario.ClientId, PortalPermissions.None);
        using var _b = browser;

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, await PortalWorld.StatusAsync(browser, "/portal/contratos"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, await PortalWorld.StatusAsync(browser, "/portal/recursos"));
        var home = await browser.GetPageAsync("/portal");
        var menu = home.QuerySelectorAll(".mainnav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/portal", "/portal/tickets", "/portal/revisoes"], menu.Take(3));
        Assert.DoesNotContain("/portal/contratos", menu);
        Assert.DoesNotContain("/portal/recursos", menu);
        Assert.DoesNotContain("/portal/autorizacoes", menu);
        Assert.Null(home.QuerySelector("#portal-usage"));
    }
}
