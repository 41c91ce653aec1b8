using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Calendar;

internal sealed class SetCountOptionalDays(TicketsDbContext db)
{
    public async Task HandleAsync(bool count, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleAsync(cancellationToken);
        settings.CountOptionalHolidays = count;
        await db.SaveChangesAsync(cancellationToken);
    }
}
