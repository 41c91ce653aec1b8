using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tiflux.Api.Users;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// A client user follows the review e-mail's link in Chromium, rates the work and approves it: the ticket is reviewed
/// with the rating, and the portal raises no Content-Security-Policy violation and no script error.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class PortalReviewBrowserTests(AppFixture app)
{
    [Fact]
    public async Task A_client_user_approves_a_ticket_with_a_rating_on_its_review_page()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, app.Factory.Services);
        var address = factory.Start();
        var world = await PortalWorld.CreateAsync(factory);
        var (email, password, _) = await factory.CreateClientUserAsync(world.ClientId, PortalPermissions.None);
        var number = await world.OpenTicketAsync("Servidor lento", email);
        await world.WorkAndCloseAsync(number);

        await using var client = await BrowserSession.StartAsync(address);
        var page = client.Page;
        await client.SignInAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/conta/entrar", StringComparison.Ordinal));
        await page.GotoAsync($"/portal/revisoes/{number}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Revisão do ticket #{number}");
        var approve = page.Locator("form[data-review=approve]");
        await approve.GetByLabel("Avaliação do atendimento").SelectOptionAsync("5");
        await approve.GetByLabel("Comentário (opcional)").FillAsync("Ótimo atendimento.");
        await approve.GetByRole(AriaRole.Button, new() { Name = "Aprovar" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(ReviewsUrl());
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync($"Ticket #{number} aprovado");
        var ticket = await world.TicketAsync(number);
        Assert.Equal(TicketState.Reviewed, ticket.State);
        Assert.Equal(5, ticket.Rating);
        Assert.Equal("Ótimo atendimento.", ticket.ReviewComment);
        Assert.Empty(client.CspViolations);
        Assert.Empty(client.PageErrors);
    }

    [GeneratedRegex("/portal/revisoes$")]
    private static partial Regex ReviewsUrl();
}
