using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Where a ticket's attendance and solution targets come from (service-desk.md §6.2, §10 Q3): the catalog item's times
/// when the desk requires an item to open a ticket and the ticket carries one with a solution time; otherwise the
/// priority's targets on the desk.
/// </summary>
internal static class SlaTargets
{
    public static async Task<(int? Attendance, int? Solution)> ForAsync(TicketsDbContext db, Ticket ticket, ServiceDesk desk, CancellationToken cancellationToken)
    {
        if (desk.RequireCatalogItemToOpen && ticket.ServicesCatalogItemId is { } itemId)
        {
            var item = await db.ServicesCatalogItems.AsNoTracking().Where(i => i.Id == itemId)
                .Select(i => new { i.AttendanceMinutes, i.SolutionMinutes }).SingleOrDefaultAsync(cancellationToken);
            if (item is { SolutionMinutes: > 0 })
            {
                return (item.AttendanceMinutes > 0 ? item.AttendanceMinutes : null, item.SolutionMinutes);
            }
        }

        var priority = desk.Priorities.Find(p => p.Id == ticket.PriorityId);
        return (priority?.SlaAttendanceMinutes, priority?.SlaSolutionMinutes);
    }
}
