using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Calendar;

internal sealed class GetBusinessHours(TicketsDbContext db)
{
    /// <summary>The desk's week, or the organisation's when <paramref name="deskId"/> is null; null for an unknown desk.</summary>
    public async Task<BusinessHoursDto?> HandleAsync(Guid? deskId, CancellationToken cancellationToken)
    {
        if (deskId is { } id && !await db.Desks.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return null;
        }

        var own = await WindowsAsync(deskId, cancellationToken);
        if (deskId is not null && own.Count == 0)
        {
            return new BusinessHoursDto(true, await WindowsAsync(null, cancellationToken));
        }

        return new BusinessHoursDto(false, own);
    }

    private async Task<List<BusinessWindowDto>> WindowsAsync(Guid? deskId, CancellationToken cancellationToken) =>
        await db.BusinessHours.AsNoTracking()
            .Where(w => w.DeskId == deskId)
            .OrderBy(w => w.Day).ThenBy(w => w.StartMinute)
            .Select(w => new BusinessWindowDto(w.Day, w.StartMinute, w.EndMinute, w.AlsoOnHolidays))
            .ToListAsync(cancellationToken);
}
