using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Settings;

internal sealed class SaveTicketSettings(TicketsDbContext db)
{
    public async Task HandleAsync(TicketSettingsDto dto, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleAsync(cancellationToken);
        settings.AllowOverlappingEntries = dto.AllowOverlappingEntries;
        await db.SaveChangesAsync(cancellationToken);
    }
}
