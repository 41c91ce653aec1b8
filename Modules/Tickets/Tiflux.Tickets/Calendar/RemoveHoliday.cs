using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Calendar;

internal sealed class RemoveHoliday(TicketsDbContext db, SlaRecompute recompute)
{
    public async Task<Result> HandleAsync(Guid holidayId, CancellationToken cancellationToken)
    {
        if (await db.Holidays.Where(h => h.Id == holidayId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return Result.Failure(Error.NotFound("Feriado não encontrado."));
        }

        await recompute.RequestAsync(null, cancellationToken);
        return Result.Success();
    }
}
