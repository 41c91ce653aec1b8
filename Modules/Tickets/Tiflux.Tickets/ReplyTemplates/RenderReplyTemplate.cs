using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.ReplyTemplates;

/// <summary>
/// A template's HTML for one ticket: its variables become the ticket's values, HTML-escaped. The body was sanitised
/// when saved and escaped values add no markup, so the result is safe to put into the editor as it is.
/// </summary>
internal sealed class RenderReplyTemplate(TicketsDbContext db)
{
    public async Task<Result<string>> HandleAsync(int ticketNumber, Guid templateId, ReplyChannel channel, string userName, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Number == ticketNumber)
            .Select(t => new { t.DeskId, t.Title, t.ClientName, t.RequesterName }).SingleOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(ticketNumber);
        }

        var template = await db.ReplyTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (template is null || !template.Fits(ticket.DeskId, channel))
        {
            return ReplyTemplateErrors.NotFound;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ticket.number"] = ticketNumber.ToString(PtBr.Culture),
            ["ticket.title"] = ticket.Title,
            ["client.name"] = ticket.ClientName,
            ["requester.name"] = ticket.RequesterName,
            ["user.name"] = userName,
        };
        return Result<string>.Success(ReplyTemplateText.Fill(template.BodyHtml, values));
    }
}
