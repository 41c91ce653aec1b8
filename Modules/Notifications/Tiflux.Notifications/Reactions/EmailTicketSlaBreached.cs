using System.Globalization;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Reactions;

/// <summary>An SLA deadline passed: e-mail the ticket's responsible, once per breach (a ticket without one is not e-mailed).</summary>
internal sealed class EmailTicketSlaBreached(TicketNoticeEmail email, IStaffContacts staff, IPublicLinks links) : IIntegrationEventConsumer<TicketSlaBreached>
{
    public const string Template = "TicketSlaBreached";

    public async Task HandleAsync(TicketSlaBreached e, CancellationToken cancellationToken)
    {
        if (e.ResponsibleUserId is not { } userId || await staff.EmailOfAsync(userId, cancellationToken) is not { } recipient)
        {
            return;
        }

        var clock = e.Clock switch
        {
            SlaClock.Attendance => "prazo de atendimento",
            SlaClock.Solution => "prazo de solução",
            _ => "tempo máximo do estágio",
        };
        await email.QueueAsync(
            Template, e.EventId, e.TicketNumber, e.TicketTitle, e.ClientName, recipient,
            // One message per clock and deadline: a deadline that moves (resume, reopen) and passes again is a new breach.
            string.Create(CultureInfo.InvariantCulture, $"ticket-sla:{e.TicketNumber}:{e.Clock}:{e.Deadline.ToUnixTimeSeconds()}"),
            new NoticeVars(e.ResponsibleName ?? "", links.To($"/tickets/{e.TicketNumber}"), PtBr.DateTime(e.Deadline), Reason: clock),
            cancellationToken);
    }
}
