using Tiflux.Tickets.Lifecycle;

namespace Tiflux.Tickets.Checklists;

/// <summary>Recomputes the progress the ticket stores from the checklists it has after a change.</summary>
internal static class ChecklistProgress
{
    public static void Refresh(Ticket ticket, IReadOnlyCollection<TicketChecklist> checklists)
    {
        ticket.ChecklistFieldsTotal = checklists.Sum(c => c.Fields.Count);
        ticket.ChecklistFieldsFilled = checklists.Sum(c => c.Fields.Count(f => f.Filled));
        ticket.ChecklistsBlockClose = checklists.Any(c => c.Pending);
    }
}
