using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>A ticket's checklists, oldest first, with the §5.6 summary (required templates missing are read live).</summary>
internal sealed class ListTicketChecklists(TicketsDbContext db)
{
    public async Task<Result<TicketChecklistsDto>> HandleAsync(int number, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(number);
        }

        var checklists = await db.TicketChecklists.AsNoTracking().Where(c => c.TicketId == ticket.Id)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var missing = await RequiredChecklists.MissingAsync(db, ticket, checklists, cancellationToken);
        var summary = new ChecklistsSummaryDto(
            checklists.Count, checklists.Count(c => c.Pending), checklists.Count(c => c.Pending && c.Required), missing);
        return Result<TicketChecklistsDto>.Success(new TicketChecklistsDto([.. checklists.Select(c => c.ToDto())], summary));
    }
}
