using Microsoft.Extensions.DependencyInjection;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Reviews;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class ReviewFlowTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private Task<Tiflux.SharedKernel.Result> Review(int ticket, bool approve, string? comment = null, int? rating = null, ReviewerRole role = ReviewerRole.PermissionedUser) =>
        db.WithTickets((ITicketLifecycle t) => t.ReviewTicketAsync(new ReviewTicketRequest(ticket, approve, role, rating, comment), Scenario.Tech, CancellationToken.None));

    private Task<Tiflux.SharedKernel.Result> Close(int ticket) =>
        db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket, Scenario.Tech, CancellationToken.None));

    [Fact]
    public async Task Close_OnDeskWithReview_AwaitsReviewUntilApproved()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(review: true, deadlineHours: 48));

        Assert.True((await Close(ticket)).IsSuccess);
        var closed = await s.GetAsync(ticket);
        var approved = await Review(ticket, true, "Ótimo", 4);
        var reviewed = await s.GetAsync(ticket);

        Assert.Equal(TicketState.AwaitingReview, closed.State);
        Assert.Equal(closed.ClosedAt!.Value.AddHours(48), closed.ReviewDueAt);
        Assert.True(approved.IsSuccess);
        Assert.Equal(TicketState.Reviewed, reviewed.State);
        Assert.Equal(4, reviewed.Rating);
        Assert.False(reviewed.AutoReviewed);
    }

    [Fact]
    public async Task Close_OnDeskWithoutReview_IsReviewedAtOnce()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(review: false));

        await Close(ticket);

        var dto = await s.GetAsync(ticket);
        Assert.Equal(TicketState.Reviewed, dto.State);
        Assert.NotNull(dto.ReviewedAt);
        Assert.Equal(StatusKind.Closed, dto.Desk.Statuses.Single(x => x.Id == dto.StatusId).Kind);
    }

    [Fact]
    public async Task Close_WithRunningTimer_IsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(review: true));
        await db.WithTickets((ITicketWork t) => t.StartTimerAsync(ticket, Scenario.Tech, CancellationToken.None));

        var result = await Close(ticket);

        Assert.Contains("cronômetro", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(TicketState.Open, (await s.GetAsync(ticket)).State);
    }

    [Fact]
    public async Task Reject_WithoutReason_IsRefusedAndTicketStaysAwaiting()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(review: true));
        await Close(ticket);

        var result = await Review(ticket, false, "   ");

        Assert.Equal("Informe o motivo da reprovação.", Assert.Single(result.Errors).Message);
        Assert.Equal(TicketState.AwaitingReview, (await s.GetAsync(ticket)).State);
    }

    [Fact]
    public async Task Reject_WithReason_ReopensTheTicket()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(review: true));
        await Close(ticket);

        var result = await Review(ticket, false, "A impressora ainda falha");

        var dto = await s.GetAsync(ticket);
        Assert.True(result.IsSuccess);
        Assert.Equal(TicketState.Open, dto.State);
        Assert.Equal("A impressora ainda falha", dto.DisapprovalReason);
        Assert.Null(dto.ClosedAt);
        Assert.Contains(dto.History, h => h.What.Contains("A impressora ainda falha", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approve_WithRatingOutOfRange_IsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(review: true));
        await Close(ticket);

        var result = await Review(ticket, true, rating: 6);

        Assert.False(result.IsSuccess);
        Assert.Equal(TicketState.AwaitingReview, (await s.GetAsync(ticket)).State);
    }

    [Fact]
    public async Task Review_ByUserOnRequesterOnlyDesk_IsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var ticket = await s.TicketAsync(await s.DeskAsync(review: true, reviewer: ReviewerKind.RequesterOnly));
        await Close(ticket);

        var byUser = await Review(ticket, true);
        var byRequester = await Review(ticket, true, role: ReviewerRole.Requester);

        Assert.False(byUser.IsSuccess);
        Assert.True(byRequester.IsSuccess);
    }

    [Fact]
    public async Task DeadlineJob_ApprovesOnlyOverdueTickets()
    {
        var s = await Scenario.CreateAsync(db);
        var shortDesk = await s.DeskAsync(review: true, deadlineHours: 1);
        var longDesk = await s.DeskAsync(review: true, deadlineHours: 100);
        var overdue = await s.TicketAsync(shortDesk);
        var notYet = await s.TicketAsync(longDesk);
        await Close(overdue);
        await Close(notYet);
        var start = db.Clock.Now;

        try
        {
            db.Clock.Advance(TimeSpan.FromMinutes(59));
            var early = await RunJobAsync();
            db.Clock.Advance(TimeSpan.FromMinutes(2));
            var due = await RunJobAsync();
            var again = await RunJobAsync();

            Assert.Equal(0, early);
            Assert.True(due >= 1);
            Assert.Equal(0, again);
            var approved = await s.GetAsync(overdue);
            Assert.Equal(TicketState.Reviewed, approved.State);
            Assert.True(approved.AutoReviewed);
            Assert.Contains(approved.History, h => h.What.StartsWith("Revisado automaticamente", StringComparison.Ordinal));
            Assert.Equal(TicketState.AwaitingReview, (await s.GetAsync(notYet)).State);
        }
        finally
        {
            db.Clock.Now = start;
        }
    }

    [Fact]
    public async Task Reopen_ReviewedTicket_DependsOnTheDeskSetting()
    {
        var s = await Scenario.CreateAsync(db);
        var strict = await s.TicketAsync(await s.DeskAsync(review: false, mayReopenReviewed: false));
        var lenient = await s.TicketAsync(await s.DeskAsync(review: false, mayReopenReviewed: true));
        await Close(strict);
        await Close(lenient);

        var refused = await db.WithTickets((ITicketLifecycle t) => t.ReopenTicketAsync(strict, "nova falha", Scenario.Tech, CancellationToken.None));
        var accepted = await db.WithTickets((ITicketLifecycle t) => t.ReopenTicketAsync(lenient, "nova falha", Scenario.Tech, CancellationToken.None));

        Assert.False(refused.IsSuccess);
        Assert.True(accepted.IsSuccess);
        Assert.Equal(TicketState.Open, (await s.GetAsync(lenient)).State);
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewDeadlineJob>().RunAsync(CancellationToken.None);
    }
}
