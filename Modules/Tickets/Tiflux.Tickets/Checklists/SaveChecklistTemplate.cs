using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// Creates or changes a checklist template. Tickets that already have it keep their snapshot (service-desk.md §10
/// Q26); the change applies to checklists attached from now on.
/// </summary>
internal sealed class SaveChecklistTemplate(TicketsDbContext db, IContractsModule contracts, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(SaveChecklistTemplateRequest request, CancellationToken cancellationToken)
    {
        var fields = ChecklistTemplateValidation.Validate(request);
        var errors = fields.IsSuccess ? [] : fields.Errors.ToList();
        var deskIds = (request.DeskIds ?? []).Distinct().ToList();
        var clientIds = (request.RequiredForClientIds ?? []).Distinct().ToList();
        var knownDesks = await db.Desks.CountAsync(d => deskIds.Contains(d.Id), cancellationToken);
        if (knownDesks != deskIds.Count)
        {
            errors.Add(Error.Validation("DeskIds", "Escolha mesas que existem."));
        }

        if (clientIds.Count > 0 && (await contracts.GetClientsAsync(clientIds, cancellationToken)).Count != clientIds.Count)
        {
            errors.Add(Error.Validation("RequiredForClientIds", "Escolha clientes que existem."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        ChecklistTemplate? template;
        if (request.Id is { } id)
        {
            template = await db.ChecklistTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (template is null)
            {
                return ChecklistErrors.TemplateNotFound;
            }
        }
        else
        {
            template = new ChecklistTemplate { Name = "" };
            db.ChecklistTemplates.Add(template);
        }

        template.Name = request.Name.Trim();
        template.Description = request.Description?.Trim() ?? "";
        template.Fields = fields.Value;
        template.DeskIds = deskIds;
        template.RequiredForClientIds = clientIds;
        template.RequiredForCatalogItemIds = [.. (request.RequiredForCatalogItemIds ?? []).Distinct()];
        template.Active = request.Active;
        template.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(template.Id);
    }
}
