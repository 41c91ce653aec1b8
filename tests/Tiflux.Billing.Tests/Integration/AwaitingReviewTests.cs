using Tiflux.Billing.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// "Why is it not here?" (issue 18, item 7): work on tickets awaiting review, per client, on real modules and PostgreSQL;
/// and the current cycle's consumption the client page shows (item 9). Values by hand from <see cref="BillingWorld"/>.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AwaitingReviewTests(BillingWorld world) : IClassFixture<BillingWorld>
{
    private static readonly DateOnly Today = new(2026, 4, 20);
    private static readonly ActorDto Reviewer = new(Guid.CreateVersion7(), "Revisora", MayHandleMoney: true);

    private Task<IReadOnlyList<AwaitingReviewSummary>> AwaitingAsync(PendingScope scope, params Guid[] clients) =>
        world.Services.InScopeAsync<IBillingModule, IReadOnlyList<AwaitingReviewSummary>>(b =>
            b.GetAwaitingReviewAsync(new AwaitingReviewRequest(clients.Length == 0 ? null : clients, scope), default));

    [Fact]
    public async Task AStandaloneEntryAwaitingReview_IsCountedAndValued_ThenMovesToPendingOnceReviewed()
    {
        // Ticket B of Alfa: Remote 1:00 on the R$ 120,00/h service, closed, not reviewed.
        var before = Assert.Single(await AwaitingAsync(PendingScope.Standalone));
        Assert.Equal((world.Alfa, "Alfa Serviços", 1, 1, 120.00m), (before.ClientId, before.ClientName, before.TicketCount, before.StandaloneItemCount, before.StandaloneValue));
        Assert.Equal([world.AlfaAwaitingTicket], before.TicketNumbers);
        Assert.DoesNotContain(await world.LinesAsync(new PendingRequest(Today, null, null, PendingScope.Standalone)), l => l.TicketNumber == world.AlfaAwaitingTicket);
        Assert.Empty(await AwaitingAsync(PendingScope.Standalone, world.Beta));

        var reviewed = await world.Tickets((ITicketLifecycle t) =>
            t.ReviewTicketAsync(new ReviewTicketRequest(world.AlfaAwaitingTicket, true, ReviewerRole.PermissionedUser, 5, null), Reviewer, default));
        Assert.True(reviewed.IsSuccess, string.Join("; ", reviewed.Errors.Select(e => e.Message)));

        Assert.Empty(await AwaitingAsync(PendingScope.Standalone));
        var line = Assert.Single(await world.LinesAsync(new PendingRequest(Today, null, [world.Alfa], PendingScope.Standalone)), l => l.TicketNumber == world.AlfaAwaitingTicket);
        Assert.Equal((PendingLineKind.StandaloneEntry, 120.00m, Today), (line.Kind, line.Amount, line.ReferenceDate));
        Assert.Equal(before.StandaloneValue, line.Amount);
    }

    [Fact]
    public async Task ContractTimeAwaitingReview_IsCountedWithoutValue_AndAlreadyCountsInTheCurrentCycle()
    {
        var (client, contract, rider) = await world.ContractForAsync(
            "Gama Logística", "45.997.418/0001-53", Tiflux.Contracts.PublicApi.ContractModality.Hours,
            new DateOnly(2026, 3, 1), r => r with { Value = 1000m, IncludedMinutes = 600, SurplusHourRate = 100m });
        var usageBefore = Assert.Single(await UsageAsync(client));
        var ticket = await world.OpenTicketAsync(client);
        await world.ContractEntryAsync(ticket, "2026-04-10", 3, rider);
        await world.ContractEntryAsync(ticket, "2026-04-11", 1, rider, warranty: true);
        var closed = await world.Tickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket, Reviewer, default));
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));

        var awaiting = Assert.Single(await AwaitingAsync(PendingScope.Both, client));
        Assert.Equal((1, 0, 0m, 2, 180), (awaiting.TicketCount, awaiting.StandaloneItemCount, awaiting.StandaloneValue, awaiting.ContractEntryCount, awaiting.ContractMinutes));
        Assert.Empty(await AwaitingAsync(PendingScope.Standalone, client));

        // By entry date: the April cycle already uses the 3:00 (warranty never counts), reviewed or not.
        var usage = Assert.Single(await UsageAsync(client));
        Assert.Equal(0, usageBefore.UsedMinutes);
        Assert.Equal((contract, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), 180, 600, 30), (usage.ContractId, usage.CycleStart, usage.CycleEnd, usage.UsedMinutes, usage.IncludedMinutes, usage.Percent));
        Assert.Null(usage.IncludedTickets);
        Assert.Null(usage.IncludedCredit);
    }

    private Task<IReadOnlyList<ContractUsageDto>> UsageAsync(Guid client) =>
        world.Services.InScopeAsync<IBillingModule, IReadOnlyList<ContractUsageDto>>(b => b.GetCurrentUsageAsync(client, Today, default));
}
