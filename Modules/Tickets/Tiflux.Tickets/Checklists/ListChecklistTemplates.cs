using Microsoft.EntityFrameworkCore;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>Every template (active first, by name), or the active ones a ticket of a desk may get.</summary>
internal sealed class ListChecklistTemplates(TicketsDbContext db)
{
    public async Task<IReadOnlyList<ChecklistTemplateDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await db.ChecklistTemplates.AsNoTracking().OrderByDescending(t => t.Active).ThenBy(t => t.Name).ToListAsync(cancellationToken))
            .Select(t => t.ToDto())];

    public async Task<IReadOnlyList<ChecklistTemplateDto>> ForDeskAsync(Guid deskId, CancellationToken cancellationToken) =>
        [.. (await db.ChecklistTemplates.AsNoTracking()
                .Where(t => t.Active && (t.DeskIds.Count == 0 || t.DeskIds.Contains(deskId)))
                .OrderBy(t => t.Name).ToListAsync(cancellationToken))
            .Select(t => t.ToDto())];

    public async Task<ChecklistTemplateDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.ChecklistTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken))?.ToDto();
}
