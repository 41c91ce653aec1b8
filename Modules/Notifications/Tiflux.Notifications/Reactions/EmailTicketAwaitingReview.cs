using System.Globalization;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Reactions;

/// <summary>A ticket closed on a requester-review desk: ask the requester to review it in the portal, once per closing.</summary>
internal sealed class EmailTicketAwaitingReview(TicketNoticeEmail email, IPublicLinks links) : IIntegrationEventConsumer<TicketAwaitingReview>
{
    public const string Template = "TicketAwaitingReview";

    public Task HandleAsync(TicketAwaitingReview e, CancellationToken cancellationToken) =>
        email.QueueAsync(
            Template, e.EventId, e.TicketNumber, e.TicketTitle, "", e.RequesterEmail,
            // A reopened and closed-again ticket has a new deadline, so it is asked again; a redelivery is not.
            string.Create(CultureInfo.InvariantCulture, $"ticket-review:{e.TicketNumber}:{e.ReviewDeadline.ToUnixTimeSeconds()}"),
            new NoticeVars(e.RequesterName, links.To($"/portal/revisoes/{e.TicketNumber}"), PtBr.DateTime(e.ReviewDeadline)),
            cancellationToken);
}
