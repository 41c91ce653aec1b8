using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Calendar;

internal sealed class SetCountOptionalDays(TicketsDbContext db, SlaRecompute recompute)
{
    public async Task HandleAsync(bool count, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleAsync(cancellationToken);
        settings.CountOptionalHolidays = count;
        await db.SaveChangesAsync(cancellationToken);
        await recompute.RequestAsync(null, cancellationToken);
    }
}
