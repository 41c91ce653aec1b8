using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>Removes a checklist from an open ticket, unless the ticket's client or catalog item requires it.</summary>
internal sealed class RemoveTicketChecklist(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(int number, Guid checklistId, ActorDto actor, CancellationToken cancellationToken)
    {
        var loaded = await OpenTicketChecklists.LoadAsync(db, number, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded;
        }

        var (ticket, checklists) = loaded.Value;
        var checklist = checklists.Find(c => c.Id == checklistId);
        if (checklist is null)
        {
            return Result.Failure(ChecklistErrors.ChecklistNotFound);
        }

        if (checklist.Required)
        {
            return Result.Failure(ChecklistErrors.RequiredCannotBeRemoved);
        }

        db.TicketChecklists.Remove(checklist);
        checklists.Remove(checklist);
        ChecklistProgress.Refresh(ticket, checklists);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor, HistoryArea.Ticket, HistoryOperation.Deleted, "Checklist was removed",
            $"Checklist \"{checklist.Name}\" removido.").About(checklist.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
