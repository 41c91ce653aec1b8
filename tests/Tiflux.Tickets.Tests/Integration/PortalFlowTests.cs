using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

/// <summary>What the portal relies on: authorization of new tickets, "my tickets", the review request and client answers.</summary>
[Trait("Category", "Integration")]
public sealed class PortalFlowTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static readonly ActorDto Authorizer = new(Guid.CreateVersion7(), "Gerente do Cliente");

    private async Task<int> PendingTicketAsync(Scenario s, Guid desk)
    {
        var created = await db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("Novo notebook", "Preciso de um", s.Client.Id, desk, null, null, null, "Ana", "ana@cliente.example", null)
            {
                Origin = TicketOrigin.ClientPortal,
                Authorizers = ["Gerente@Cliente.example", "gerente@cliente.example", "dono@cliente.example"],
            },
            new ActorDto(Guid.CreateVersion7(), "Ana"), CancellationToken.None));
        Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value;
    }

    private Task<PagedList<TicketSummary>> ListAsync(TicketListRequest request) =>
        db.WithTickets((ITicketQueries q) => q.ListTicketsAsync(request, CancellationToken.None));

    [Fact]
    public async Task PendingTicket_StaysOutOfTheDeskList_EmailsEachAuthoriserOnce_AndEntersTheQueueWhenAuthorised()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var number = await PendingTicketAsync(s, desk);

        var staffList = await ListAsync(new TicketListRequest(ClientId: s.Client.Id));
        var queue = await ListAsync(new TicketListRequest(ClientId: s.Client.Id) { Authorization = TicketAuthorization.Pending });
        Assert.DoesNotContain(staffList.Items, t => t.Number == number);
        Assert.Equal(number, Assert.Single(queue.Items).Number);
        var payload = await db.Database.ScalarAsync<string>(
            $"SELECT (payload::jsonb->'authorizers')::text FROM tickets.outbox_messages WHERE type = '{TicketsEventTypes.AwaitingAuthorization}' AND payload::jsonb->>'ticketNumber' = '{number}'");
        Assert.Contains("[\"gerente@cliente.example\", \"dono@cliente.example\"]", payload, StringComparison.Ordinal);
        var close = await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(number, Scenario.Tech, CancellationToken.None));
        Assert.Equal("conflict", Assert.Single(close.Errors).Code);

        var authorised = await db.WithTickets((ITicketLifecycle t) => t.DecideAuthorizationAsync(
            new TicketAuthorizationDecision(number, true, null), Authorizer, CancellationToken.None));
        var again = await db.WithTickets((ITicketLifecycle t) => t.DecideAuthorizationAsync(
            new TicketAuthorizationDecision(number, false, "mudei de ideia"), Authorizer, CancellationToken.None));

        Assert.True(authorised.IsSuccess);
        Assert.Equal("conflict", Assert.Single(again.Errors).Code);
        var ticket = await s.GetAsync(number);
        Assert.Equal(TicketAuthorization.Authorized, ticket.Authorization);
        Assert.Equal("Gerente do Cliente", ticket.AuthorizationDecidedBy);
        Assert.Equal(TicketState.Open, ticket.State);
        Assert.Contains((await ListAsync(new TicketListRequest(ClientId: s.Client.Id))).Items, t => t.Number == number);
    }

    [Fact]
    public async Task Refusal_NeedsAReason_CancelsTheTicket_AndTellsTheRequester()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await PendingTicketAsync(s, await s.DeskAsync(false));

        var noReason = await db.WithTickets((ITicketLifecycle t) => t.DecideAuthorizationAsync(
            new TicketAuthorizationDecision(number, false, "  "), Authorizer, CancellationToken.None));
        var refused = await db.WithTickets((ITicketLifecycle t) => t.DecideAuthorizationAsync(
            new TicketAuthorizationDecision(number, false, "Compra fora do orçamento"), Authorizer, CancellationToken.None));

        Assert.Equal("Reason", Assert.Single(noReason.Errors).Field);
        Assert.True(refused.IsSuccess);
        var ticket = await s.GetAsync(number);
        Assert.Equal(TicketState.Cancelled, ticket.State);
        Assert.Equal(TicketAuthorization.Denied, ticket.Authorization);
        Assert.Equal("Compra fora do orçamento", ticket.AuthorizationDenialReason);
        Assert.Equal(1L, await db.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM tickets.outbox_messages WHERE type = '{TicketsEventTypes.AuthorizationDenied}' AND payload::jsonb->>'ticketNumber' = '{number}'"));
    }

    [Fact]
    public async Task Participant_ListsTicketsWhereTheEmailIsRequesterOrFollower_Only()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var asRequester = await s.TicketAsync(desk);
        var asFollower = await s.TicketAsync(desk);
        var other = await s.TicketAsync(desk);
        await db.WithTickets((ITicketConversation c) => c.SetFollowersAsync(asFollower, ["bia_1@cliente.example"], Scenario.Tech, CancellationToken.None));
        await db.WithTickets((ITicketConversation c) => c.SetFollowersAsync(other, ["bia11@cliente.example"], Scenario.Tech, CancellationToken.None));

        var ana = await ListAsync(new TicketListRequest(ClientId: s.Client.Id) { Participant = "ANA@cliente.example" });
        var bia = await ListAsync(new TicketListRequest(ClientId: s.Client.Id) { Participant = "bia_1@cliente.example" });

        Assert.Equal([asRequester, asFollower, other], ana.Items.Select(t => t.Number).Order());
        Assert.Equal(asFollower, Assert.Single(bia.Items).Number);
        Assert.Equal(["bia_1@cliente.example"], Assert.Single(bia.Items).Followers);
    }

    [Theory]
    [InlineData(ReviewerKind.Both, true)]
    [InlineData(ReviewerKind.RequesterOnly, true)]
    [InlineData(ReviewerKind.PermissionedUsers, false)]
    public async Task Closing_OnADeskWhereTheRequesterReviews_AsksThemToReview(ReviewerKind reviewer, bool asked)
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(true, reviewer: reviewer));

        var closed = await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(number, Scenario.Tech, CancellationToken.None));

        Assert.True(closed.IsSuccess);
        var events = await db.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM tickets.outbox_messages WHERE type = '{TicketsEventTypes.AwaitingReview}' AND payload::jsonb->>'ticketNumber' = '{number}'");
        Assert.Equal(asked ? 1L : 0L, events);
    }

    [Fact]
    public async Task PortalAnswer_IsTheClientUsers_AndGoesToTheFollowersOnly()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        await db.WithTickets((ITicketConversation c) => c.SetFollowersAsync(number, ["gerente@cliente.example"], Scenario.Tech, CancellationToken.None));
        var clientUser = new ActorDto(Guid.CreateVersion7(), "Ana do Cliente");

        var posted = await db.WithTickets((ITicketConversation c) => c.PostAnswerAsync(
            new PostAnswerRequest(number, "Ainda não funciona", AnswerOrigin.ClientPortal, []), clientUser, CancellationToken.None));

        Assert.True(posted.IsSuccess);
        Assert.Equal(clientUser.UserId, posted.Value.Answer.UserId);
        Assert.Equal("Ana do Cliente", posted.Value.Answer.Author);
        Assert.Equal(["gerente@cliente.example"], posted.Value.Answer.Recipients);
        Assert.True((await s.GetAsync(number)).LastAnswerByClient);
    }

    [Fact]
    public async Task RatingSummary_AveragesTheRatingsOfTheFilteredTickets_RoundedToOneDecimal()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(true);
        foreach (var rating in new int?[] { 5, 4, 4, null })
        {
            var number = await s.TicketAsync(desk);
            await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(number, Scenario.Tech, CancellationToken.None));
            var reviewed = await db.WithTickets((ITicketLifecycle t) => t.ReviewTicketAsync(
                new ReviewTicketRequest(number, true, ReviewerRole.Requester, rating, null), Scenario.Tech, CancellationToken.None));
            Assert.True(reviewed.IsSuccess);
        }

        var ratings = await db.WithTickets((ITicketQueries q) => q.GetRatingSummaryAsync(new TicketListRequest(ClientId: s.Client.Id), CancellationToken.None));
        var none = await db.WithTickets((ITicketQueries q) => q.GetRatingSummaryAsync(new TicketListRequest(ClientId: s.Client.Id, State: TicketState.Open), CancellationToken.None));

        Assert.Equal(new TicketRatingSummary(3, 4.3m), ratings);
        Assert.Equal(new TicketRatingSummary(0, null), none);
    }
}
