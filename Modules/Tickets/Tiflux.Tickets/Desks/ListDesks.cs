using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Desks;

internal sealed class ListDesks(TicketsDbContext db)
{
    public async Task<IReadOnlyList<DeskDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await db.Desks.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken)).Select(d => d.ToDto())];
}
