using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Settings;

internal sealed class GetTicketSettings(TicketsDbContext db)
{
    public async Task<TicketSettingsDto> HandleAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleAsync(cancellationToken);
        return new TicketSettingsDto(settings.AllowOverlappingEntries);
    }
}
