using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>Attaches an active template of the ticket's desk to an open ticket, by hand; once per template.</summary>
internal sealed class AddTicketChecklist(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(int number, Guid templateId, ActorDto actor, CancellationToken cancellationToken)
    {
        var loaded = await OpenTicketChecklists.LoadAsync(db, number, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<Guid>.Failure(loaded.Errors);
        }

        var (ticket, checklists) = loaded.Value;
        var template = await db.ChecklistTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId && t.Active, cancellationToken);
        if (template is null || !template.Serves(ticket.DeskId))
        {
            return Error.Validation("TemplateId", "Escolha um modelo de checklist ativo desta mesa.");
        }

        if (checklists.Exists(c => c.TemplateId == templateId))
        {
            return Error.Validation("TemplateId", "Este checklist já está no ticket.");
        }

        var now = time.GetUtcNow();
        var required = template.IsRequiredFor(ticket.ClientId, ticket.ServicesCatalogItemId);
        var checklist = TicketChecklist.Snapshot(template, ticket.Id, required, now);
        db.TicketChecklists.Add(checklist);
        ChecklistProgress.Refresh(ticket, [.. checklists, checklist]);
        db.History.Add(ticket.Record(now, actor, HistoryArea.Ticket, HistoryOperation.Created, "Checklist was added",
            $"Checklist \"{checklist.Name}\" adicionado.").About(checklist.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(checklist.Id);
    }
}
