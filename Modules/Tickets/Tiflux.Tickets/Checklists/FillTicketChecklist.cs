using Tiflux.SharedKernel;
using Tiflux.Tickets.History;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// Fills fields of one checklist of an open ticket, all or none, and refreshes the ticket's stored progress in the
/// same transaction. Template-less checklists are refused (service-desk.md §5.6); an index out of range is not found.
/// </summary>
internal sealed class FillTicketChecklist(TicketsDbContext db, TimeProvider time)
{
    public async Task<Result<TicketChecklistDto>> HandleAsync(
        int number, Guid checklistId, IReadOnlyList<ChecklistFieldFill> fills, ActorDto actor, CancellationToken cancellationToken)
    {
        var loaded = await OpenTicketChecklists.LoadAsync(db, number, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<TicketChecklistDto>.Failure(loaded.Errors);
        }

        var (ticket, checklists) = loaded.Value;
        var checklist = checklists.Find(c => c.Id == checklistId);
        if (checklist is null)
        {
            return ChecklistErrors.ChecklistNotFound;
        }

        if (checklist.TemplateId is null)
        {
            return ChecklistErrors.NoTemplate;
        }

        if (fills.Count == 0)
        {
            return Error.Validation("Item", "Informe ao menos um item a preencher.");
        }

        var fields = checklist.Fields.ToList();
        var errors = new List<Error>();
        foreach (var fill in fills)
        {
            if (fill.Index < 0 || fill.Index >= fields.Count)
            {
                return ChecklistErrors.IndexOutOfRange(fill.Index, fields.Count);
            }

            var filled = ChecklistFieldFilling.Apply(fields[fill.Index], fill);
            if (filled.IsSuccess)
            {
                fields[fill.Index] = filled.Value;
            }
            else
            {
                errors.AddRange(filled.Errors);
            }
        }

        if (errors.Count > 0)
        {
            return Result<TicketChecklistDto>.Failure(errors);
        }

        var now = time.GetUtcNow();
        var row = ticket.Record(now, actor, HistoryArea.Ticket, HistoryOperation.Updated, "Checklist was updated",
            $"Checklist \"{checklist.Name}\" preenchido.").About(checklist.Id);
        foreach (var index in fills.Select(f => f.Index).Distinct())
        {
            HistoryChanges.Track(row.Changes, $"checklist_item_{index}", fields[index].Title, Shown(checklist.Fields[index]), Shown(fields[index]));
        }

        checklist.Fields = fields;
        checklist.UpdatedAt = now;
        ChecklistProgress.Refresh(ticket, checklists);
        db.History.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Result<TicketChecklistDto>.Success(checklist.ToDto());
    }

    private static string? Shown(TicketChecklistField field) => field.Type switch
    {
        ChecklistFieldType.Checkbox => string.Join(", ", field.Options.Where(o => o.Checked).Select(o => o.Description)),
        ChecklistFieldType.Radio => field.Options.Find(field.IsChosen)?.Description,
        _ => field.Value,
    };
}
