using Hangfire;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Outbox;

/// <summary>
/// Delivers the Tickets module's integration events (<see cref="TicketAnswerPosted"/>) to the handlers other modules
/// registered. Runs every minute and right after an answer is posted; rows are claimed with SKIP LOCKED.
/// </summary>
internal sealed class TicketsOutboxJob(TicketsDbContext db, IServiceProvider services, TimeProvider time)
{
    public const string RecurringId = "tickets.outbox";

    /// <summary>The module's own event names (each module keeps its own map; none is shared through DI).</summary>
    private static readonly OutboxEventTypes Types = new OutboxEventTypes()
        .Add<TicketAnswerPosted>(TicketsEventTypes.AnswerPosted)
        .Add<TicketAwaitingAuthorization>(TicketsEventTypes.AwaitingAuthorization)
        .Add<TicketAuthorizationDenied>(TicketsEventTypes.AuthorizationDenied)
        .Add<TicketAwaitingReview>(TicketsEventTypes.AwaitingReview)
        .Add<TicketSlaBreached>(TicketsEventTypes.SlaBreached);

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var processor = new OutboxProcessor<TicketsDbContext>(db, services, Types, time);
        while (await processor.ProcessAsync(TicketsModule.Schema, 50, cancellationToken) == 50)
        {
        }
    }
}
