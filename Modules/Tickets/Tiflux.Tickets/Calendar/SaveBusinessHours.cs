using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.Sla;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Calendar;

/// <summary>Replaces a weekly schedule (a desk's, or the organisation's when the desk id is null) in one transaction.</summary>
internal sealed class SaveBusinessHours(TicketsDbContext db, SlaRecompute recompute)
{
    public async Task<Result> HandleAsync(Guid? deskId, SaveBusinessHoursRequest request, CancellationToken cancellationToken)
    {
        if (deskId is { } id && !await db.Desks.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return Result.Failure(Error.NotFound("Mesa não encontrada."));
        }

        var useDefault = deskId is not null && request.UseOrganizationDefault;
        var windows = new List<BusinessWindow>();
        if (!useDefault)
        {
            (windows, var errors) = BusinessHoursValidation.Read(request.Windows);
            if (errors.Count > 0)
            {
                return Result.Failure(errors);
            }
        }

        var existing = await db.BusinessHours.Where(w => w.DeskId == deskId).ToListAsync(cancellationToken);
        db.BusinessHours.RemoveRange(existing);
        db.BusinessHours.AddRange(windows.Select(w => new BusinessHoursWindow
        {
            DeskId = deskId,
            Day = w.Day,
            StartMinute = w.StartMinute,
            EndMinute = w.EndMinute,
            AlsoOnHolidays = w.AlsoOnHolidays,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await recompute.RequestAsync(deskId, cancellationToken);
        return Result.Success();
    }
}
