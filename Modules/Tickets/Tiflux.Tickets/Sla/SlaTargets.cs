using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Lifecycle;

namespace Tiflux.Tickets.Sla;

/// <summary>Where a ticket's attendance and solution targets come from (service-desk.md §6.2): its priority on its desk.</summary>
internal static class SlaTargets
{
    public static (int? Attendance, int? Solution) For(Ticket ticket, ServiceDesk desk)
    {
        var priority = desk.Priorities.Find(p => p.Id == ticket.PriorityId);
        return (priority?.SlaAttendanceMinutes, priority?.SlaSolutionMinutes);
    }
}
