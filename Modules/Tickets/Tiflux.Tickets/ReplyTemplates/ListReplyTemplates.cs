using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.ReplyTemplates;

internal sealed class ListReplyTemplates(TicketsDbContext db)
{
    public async Task<IReadOnlyList<ReplyTemplateDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await db.ReplyTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => t.ToDto())];
}
