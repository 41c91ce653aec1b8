using System.Net;
using Tiflux.Tickets.PublicApi;
using static Tiflux.Api.Tests.Automation.AutomationFixture;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Automation;

[Collection(AutomationGroup.Name)]
public sealed class TicketWorkTests(AutomationFixture app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> ExpenseAsync(decimal unitValue) =>
        (await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/extra-expenses", new { name = app.Unique("Conector RJ45"), unit_value = unitValue }, HttpStatusCode.Created))["id"].Number();

    [Fact]
    public async Task Extras_are_added_and_listed_with_values_hidden_from_technicians()
    {
        var ticket = await app.TicketAwaitingReviewAsync(await app.CreateClientAsync());
        var expense = await ExpenseAsync(2.5m);

        var priced = await SendAsync(app.Finance, HttpMethod.Post, $"/api/v2/tickets/{ticket}/extras",
            new { extra_expense_id = expense, date = Iso(Today.AddDays(-1)), quantity = 4, unit_value = 3, description = "Crimpagem" }, HttpStatusCode.Created);
        Assert.Equal("3.00", priced["unit_value"].Str());
        Assert.Equal("12.00", priced["total"].Str());
        Assert.Equal(expense, priced["extra_expense"]!["id"].Number());

        var technician = await SendAsync(app.Technician, HttpMethod.Post, $"/api/v2/tickets/{ticket}/extras",
            new { extra_expense_id = expense, quantity = 2, unit_value = 999, description = "Sem preço" }, HttpStatusCode.Created);
        Assert.Equal("--", technician["unit_value"].Str());

        var list = (await SendAsync(app.Admin, HttpMethod.Get, $"/api/v2/tickets/{ticket}/extras", null, HttpStatusCode.OK)).AsArray();
        Assert.Equal(2, list.Count);
        var copied = list.Single(e => e!["id"].Number() == technician["id"].Number())!;
        Assert.Equal("2.50", copied["unit_value"].Str());
        Assert.Equal("5.00", copied["total"].Str());
        Assert.Equal(Iso(Today), copied["date"].Str());
    }

    [Fact]
    public async Task Extras_refuse_unknown_tickets_and_expenses()
    {
        var ticket = await app.TicketAwaitingReviewAsync(await app.CreateClientAsync());
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/tickets/99999999/extras", new { extra_expense_id = 1 }, HttpStatusCode.NotFound, 40401);
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, $"/api/v2/tickets/{ticket}/extras", new { extra_expense_id = 99999999, quantity = "x" },
            HttpStatusCode.UnprocessableEntity, 42202, "extra_expense_id", "quantity");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, $"/api/v2/tickets/{ticket}/extras", new { }, HttpStatusCode.UnprocessableEntity, 42202, "extra_expense_id");
    }

    [Fact]
    public async Task Approving_a_review_makes_the_ticket_reviewed()
    {
        var ticket = await app.TicketAwaitingReviewAsync(await app.CreateClientAsync());
        Assert.Equal(TicketState.AwaitingReview, await app.TicketStateAsync(ticket));
        var answer = await SendAsync(app.Finance, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = true, rating = 4, comment = "Ok" }, HttpStatusCode.OK);
        Assert.Contains("approved", answer["message"].Str(), StringComparison.Ordinal);
        Assert.Equal(TicketState.Reviewed, await app.TicketStateAsync(ticket));

        await ExpectErrorAsync(app.Finance, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = true }, HttpStatusCode.UnprocessableEntity, 42202);
    }

    [Fact]
    public async Task Rejecting_a_review_needs_a_comment_and_reopens_the_ticket()
    {
        var ticket = await app.TicketAwaitingReviewAsync(await app.CreateClientAsync());
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = false }, HttpStatusCode.UnprocessableEntity, 42202, "comment");
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { rating = 3 }, HttpStatusCode.UnprocessableEntity, 42202, "approve");
        Assert.Equal(TicketState.AwaitingReview, await app.TicketStateAsync(ticket));

        var answer = await SendAsync(app.Admin, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = "false", comment = "Faltou o laudo" }, HttpStatusCode.OK);
        Assert.Contains("rejected", answer["message"].Str(), StringComparison.Ordinal);
        Assert.Equal(TicketState.Open, await app.TicketStateAsync(ticket));
    }

    [Fact]
    public async Task Technicians_may_not_review_and_unknown_tickets_are_not_found()
    {
        var ticket = await app.TicketAwaitingReviewAsync(await app.CreateClientAsync());
        await ExpectErrorAsync(app.Technician, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = true }, HttpStatusCode.Forbidden, 40301);
        Assert.Equal(TicketState.AwaitingReview, await app.TicketStateAsync(ticket));
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, "/api/v2/tickets/99999999/review", new { approve = true }, HttpStatusCode.NotFound, 40401);
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", "[true]", HttpStatusCode.BadRequest, 40003);

        using var portal = await app.NewUserClientAsync(Groups.Client);
        await ExpectErrorAsync(portal, HttpMethod.Get, $"/api/v2/tickets/{ticket}/extras", null, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(portal, HttpMethod.Post, $"/api/v2/tickets/{ticket}/extras", new { extra_expense_id = 1 }, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(portal, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = true }, HttpStatusCode.Forbidden, 40301);
        Assert.Equal(TicketState.AwaitingReview, await app.TicketStateAsync(ticket));
    }
}
