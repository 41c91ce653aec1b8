using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Settings;

internal sealed class SettingsStore(TicketsDbContext db)
{
    public async Task<TicketSettingsDto> GetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleAsync(cancellationToken);
        return new TicketSettingsDto(settings.AllowOverlappingEntries);
    }

    public async Task SaveAsync(TicketSettingsDto dto, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleAsync(cancellationToken);
        settings.AllowOverlappingEntries = dto.AllowOverlappingEntries;
        await db.SaveChangesAsync(cancellationToken);
    }
}
