using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.ReplyTemplates;

internal sealed class ListReplyTemplatesForTicket(TicketsDbContext db)
{
    public async Task<Result<IReadOnlyList<ChoiceDto>>> HandleAsync(int ticketNumber, ReplyChannel channel, CancellationToken cancellationToken)
    {
        var deskId = await db.Tickets.AsNoTracking().Where(t => t.Number == ticketNumber).Select(t => (Guid?)t.DeskId).SingleOrDefaultAsync(cancellationToken);
        if (deskId is null)
        {
            return TicketErrors.TicketNotFound(ticketNumber);
        }

        // Few templates: filtering in memory keeps the desk and visibility rule in one place (ReplyTemplate.Fits).
        var active = await db.ReplyTemplates.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<ChoiceDto>>.Success([.. active.Where(t => t.Fits(deskId.Value, channel)).Select(t => new ChoiceDto(t.Id, t.Name))]);
    }
}
