using Tiflux.Notifications.Email;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Reactions;

/// <summary>An answer was posted on a ticket: e-mail it to its recipients (once each, whatever the redeliveries).</summary>
internal sealed class EmailTicketAnswer(TicketAnswerEmail email) : IIntegrationEventConsumer<TicketAnswerPosted>
{
    public Task HandleAsync(TicketAnswerPosted integrationEvent, CancellationToken cancellationToken) =>
        email.HandleAsync(integrationEvent, cancellationToken);
}
