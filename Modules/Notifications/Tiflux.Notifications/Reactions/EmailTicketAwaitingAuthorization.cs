using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Reactions;

/// <summary>A ticket waits for the client's authorization: each authoriser gets a link to decide in the portal, once.</summary>
internal sealed class EmailTicketAwaitingAuthorization(TicketNoticeEmail email, IPublicLinks links) : IIntegrationEventConsumer<TicketAwaitingAuthorization>
{
    public const string Template = "TicketAwaitingAuthorization";

    public async Task HandleAsync(TicketAwaitingAuthorization e, CancellationToken cancellationToken)
    {
        var notice = new NoticeVars(e.RequesterName, links.To($"/portal/autorizacoes/{e.TicketNumber}"));
        foreach (var authorizer in e.Authorizers.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await email.QueueAsync(
                Template, e.EventId, e.TicketNumber, e.TicketTitle, e.ClientName, authorizer,
                $"ticket-authorization:{e.TicketNumber}:{authorizer.ToLowerInvariant()}", notice, cancellationToken);
        }
    }
}
