using System.Net;
using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;
using static Tiflux.Web.Tests.Portal.PortalWorld;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// Revisões: the requester approves (with a rating) or rejects a closed ticket from the portal, through the same review
/// operation the staff queue uses, so billing sees the result.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PortalReviewTests(AppFixture app)
{
    [Fact]
    public async Task Approving_with_a_rating_reviews_the_ticket_and_its_items_enter_pending_billing()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.None);
        using var _b = browser;
        var number = await world.OpenTicketAsync("Ticket a aprovar", email);
        await world.WorkAndCloseAsync(number);
        Assert.DoesNotContain(number, await world.PendingTicketNumbersAsync());
        Assert.Contains(number, await NumbersAsync(browser, "/portal/revisoes", "#portal-reviews"));

        using var posted = await browser.SubmitFormAsync("/portal/revisoes", new Dictionary<string, string>
        {
            ["Review.Rating"] = "4",
            ["Review.Comment"] = "Resolvido rápido.",
        }, $"#portal-reviews [data-number='{number}'] form[data-review=approve]");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var ticket = await world.TicketAsync(number);
        Assert.Equal(TicketState.Reviewed, ticket.State);
        Assert.Equal(4, ticket.Rating);
        Assert.Equal("Resolvido rápido.", ticket.ReviewComment);
        Assert.Contains(number, await world.PendingTicketNumbersAsync());
        Assert.DoesNotContain(number, await NumbersAsync(browser, "/portal/revisoes", "#portal-reviews"));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_then_reopens_the_ticket_and_keeps_its_items_out_of_billing()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.None);
        using var _b = browser;
        var number = await world.OpenTicketAsync("Ticket a reprovar", email);
        await world.WorkAndCloseAsync(number);

        using var withoutReason = await browser.SubmitFormAsync($"/portal/revisoes/{number}", new Dictionary<string, string> { ["Review.Comment"] = " " }, "form[data-review=reject]");
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Informe o motivo da reprovação.", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(TicketState.AwaitingReview, (await world.TicketAsync(number)).State);

        using var posted = await browser.SubmitFormAsync($"/portal/revisoes/{number}", new Dictionary<string, string> { ["Review.Comment"] = "A impressora continua parada." }, "form[data-review=reject]");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var ticket = await world.TicketAsync(number);
        Assert.Equal(TicketState.Open, ticket.State);
        Assert.Equal("A impressora continua parada.", ticket.DisapprovalReason);
        Assert.DoesNotContain(number, await world.PendingTicketNumbersAsync());
    }

    [Fact]
    public async Task Another_requesters_ticket_is_reviewed_only_with_the_permission_and_never_on_a_staff_only_desk()
    {
        var world = await CreateAsync(app.Factory);
        var staffOnly = await CreateAsync(app.Factory, ReviewerKind.PermissionedUsers);
        var (plain, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.SeeAllClientTickets);
        using var _p = plain;
        var (reviewer, reviewerEmail, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.ReviewClosedTickets);
        using var _r = reviewer;
        var number = await world.OpenTicketAsync("Ticket de outra pessoa", "outra@cliente.example");
        await world.WorkAndCloseAsync(number);
        var (ownOnStaffDesk, ownEmail, _) = await app.Factory.SignInAsClientUserAsync(staffOnly.ClientId, PortalPermissions.None);
        using var _o = ownOnStaffDesk;
        var staffReviewed = await staffOnly.OpenTicketAsync("Revisado pela equipe", ownEmail);
        await staffOnly.WorkAndCloseAsync(staffReviewed);

        Assert.Empty(await NumbersAsync(plain, "/portal/revisoes", "#portal-reviews"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(plain, $"/portal/revisoes/{number}"));
        Assert.Null((await plain.GetPageAsync($"/portal/tickets/{number}")).QuerySelector("#review-block"));
        Assert.Equal([number], await NumbersAsync(reviewer, "/portal/revisoes", "#portal-reviews"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reviewer, $"/portal/revisoes/{number}"));
        Assert.NotEqual(reviewerEmail, (await world.TicketAsync(number)).RequesterEmail);
        Assert.Empty(await NumbersAsync(ownOnStaffDesk, "/portal/revisoes", "#portal-reviews"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(ownOnStaffDesk, $"/portal/revisoes/{staffReviewed}"));
    }

    [Fact]
    public async Task The_requesters_ticket_page_offers_the_review_while_it_awaits_review()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.None);
        using var _b = browser;
        var number = await world.OpenTicketAsync("Ticket da página", email);
        Assert.Null((await browser.GetPageAsync($"/portal/tickets/{number}")).QuerySelector("#review-block"));

        await world.WorkAndCloseAsync(number);

        var page = await browser.GetPageAsync($"/portal/tickets/{number}");
        Assert.NotNull(page.QuerySelector($"#review-block form[data-review=approve][action='/portal/revisoes/{number}']"));
        Assert.NotNull(page.QuerySelector($"#review-block form[data-review=reject][action='/portal/revisoes/{number}']"));
    }
}
