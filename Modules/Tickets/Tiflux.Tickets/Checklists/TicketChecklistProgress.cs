using Tiflux.Tickets.Checklists;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// The ticket's checklist progress, stored so the list shows "3/5" without reading checklists per row. Kept up to date
/// by <see cref="ChecklistProgress.Refresh"/> in every transaction that changes the ticket's checklists.
/// </summary>
internal sealed partial class Ticket
{
    public int ChecklistFieldsTotal { get; set; }

    public int ChecklistFieldsFilled { get; set; }

    /// <summary>A required field of one of its checklists is unfilled.</summary>
    public bool ChecklistsBlockClose { get; set; }
}
