using System.Net;
using Tiflux.Api.Users;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using static Tiflux.Web.Tests.Portal.PortalWorld;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// The client's authorization of new tickets: a portal ticket of a client with the flow on waits out of the desk's
/// queue (and the staff list) until an authoriser of the client decides.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PortalAuthorizationTests(AppFixture app)
{
    [Fact]
    public async Task A_ticket_waiting_for_authorization_is_out_of_the_staff_list_until_an_authoriser_authorises_it()
    {
        var (world, authoriser, opener) = await FlowOnAsync();
        using var _a = authoriser;
        using var _o = opener;
        using var staff = await app.Factory.SignInAsAdminAsync();
        Assert.NotNull((await opener.GetPageAsync("/portal/tickets/novo")).QuerySelector("#authorization-notice"));

        var number = await world.OpenFromPortalAsync(opener, "Comprar licença");

        Assert.Equal(TicketAuthorization.Pending, (await world.TicketAsync(number)).Authorization);
        Assert.False(await InStaffListAsync(staff, world, number));
        Assert.Equal([number], await NumbersAsync(opener, "/portal/tickets", "#pending-tickets"));
        Assert.Equal([number], await NumbersAsync(authoriser, "/portal/autorizacoes", "#portal-authorizations"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(opener, "/portal/autorizacoes"));

        using var decided = await authoriser.SubmitFormAsync($"/portal/autorizacoes/{number}", new Dictionary<string, string>(), "form[data-authorization=approve]");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(TicketAuthorization.Authorized, (await world.TicketAsync(number)).Authorization);
        Assert.True(await InStaffListAsync(staff, world, number));
        Assert.Empty(await NumbersAsync(authoriser, "/portal/autorizacoes", "#portal-authorizations"));
    }

    [Fact]
    public async Task Refusing_needs_a_reason_and_cancels_the_ticket()
    {
        var (world, authoriser, opener) = await FlowOnAsync();
        using var _a = authoriser;
        using var _o = opener;
        var number = await world.OpenFromPortalAsync(opener, "Trocar todos os monitores");

        using var withoutReason = await authoriser.SubmitFormAsync($"/portal/autorizacoes/{number}", new Dictionary<string, string> { ["Decision.Reason"] = "" }, "form[data-authorization=deny]");
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Informe o motivo da recusa.", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var refused = await authoriser.SubmitFormAsync($"/portal/autorizacoes/{number}", new Dictionary<string, string> { ["Decision.Reason"] = "Fora do orçamento." }, "form[data-authorization=deny]");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var ticket = await world.TicketAsync(number);
        Assert.Equal(TicketAuthorization.Denied, ticket.Authorization);
        Assert.Equal(TicketState.Cancelled, ticket.State);
        var page = await opener.GetPageAsync($"/portal/tickets/{number}");
        Assert.Contains("Fora do orçamento.", page.QuerySelector("#ticket-authorization")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A client with the authorization flow on, a signed-in authoriser and a signed-in user who only opens tickets.</summary>
    private async Task<(PortalWorld World, AppClient Authoriser, AppClient Opener)> FlowOnAsync()
    {
        var world = await CreateAsync(app.Factory);
        var (authoriser, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.AuthorizeNewTickets);
        await world.SetAuthorizationFlowAsync(true);
        var (opener, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.OpenTickets);
        return (world, authoriser, opener);
    }

    private static async Task<bool> InStaffListAsync(AppClient staff, PortalWorld world, int number)
    {
        var page = await staff.GetPageAsync($"/tickets?cliente={world.ClientId}");
        return page.QuerySelector($"a[href='/tickets/{number}']") is not null;
    }
}
