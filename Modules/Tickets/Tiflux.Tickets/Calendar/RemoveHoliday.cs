using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Calendar;

internal sealed class RemoveHoliday(TicketsDbContext db)
{
    public async Task<Result> HandleAsync(Guid holidayId, CancellationToken cancellationToken)
    {
        var removed = await db.Holidays.Where(h => h.Id == holidayId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? Result.Failure(Error.NotFound("Feriado não encontrado.")) : Result.Success();
    }
}
