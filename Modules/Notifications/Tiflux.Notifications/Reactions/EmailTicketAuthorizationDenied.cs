using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Reactions;

/// <summary>An authoriser refused a ticket: tell its requester why (a ticket is refused at most once).</summary>
internal sealed class EmailTicketAuthorizationDenied(TicketNoticeEmail email, IPublicLinks links) : IIntegrationEventConsumer<TicketAuthorizationDenied>
{
    public const string Template = "TicketAuthorizationDenied";

    public Task HandleAsync(TicketAuthorizationDenied e, CancellationToken cancellationToken) =>
        email.QueueAsync(
            Template, e.EventId, e.TicketNumber, e.TicketTitle, "", e.RequesterEmail, $"ticket-authorization-denied:{e.TicketNumber}",
            new NoticeVars(e.RequesterName, links.To($"/portal/tickets/{e.TicketNumber}"), DecidedBy: e.DecidedBy, Reason: e.Reason),
            cancellationToken);
}
