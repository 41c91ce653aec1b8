using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// Checklist templates and the checklists on tickets (service-desk.md §5.6). A ticket checklist is a snapshot of its
/// template; a template is on a ticket at most once. Every write is one transaction and keeps the ticket's stored
/// progress (<see cref="ChecklistProgressDto"/>) up to date. Unknown tickets and checklists answer a not-found error.
/// </summary>
public interface ITicketChecklists
{
    /// <summary>Every template, active first, by name.</summary>
    Task<IReadOnlyList<ChecklistTemplateDto>> ListTemplatesAsync(CancellationToken cancellationToken);

    Task<ChecklistTemplateDto?> GetTemplateAsync(Guid id, CancellationToken cancellationToken);

    Task<Result<Guid>> SaveTemplateAsync(SaveChecklistTemplateRequest request, CancellationToken cancellationToken);

    /// <summary>Active templates a ticket of the desk can get by hand.</summary>
    Task<IReadOnlyList<ChecklistTemplateDto>> ListTemplatesForDeskAsync(Guid deskId, CancellationToken cancellationToken);

    /// <summary>The ticket's checklists, oldest first, and their summary.</summary>
    Task<Result<TicketChecklistsDto>> ListAsync(int ticketNumber, CancellationToken cancellationToken);

    /// <summary>Attaches an active template of the ticket's desk to an open ticket, by hand.</summary>
    Task<Result<Guid>> AddAsync(int ticketNumber, Guid templateId, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>Removes a checklist that is not required from an open ticket.</summary>
    Task<Result> RemoveAsync(int ticketNumber, Guid checklistId, ActorDto actor, CancellationToken cancellationToken);

    /// <summary>
    /// Fills fields of one checklist of an open ticket, all or none. Refused for closed tickets and template-less
    /// checklists; an index out of range is a not-found error; a wrong shape or value is a validation error on <c>Item</c>.
    /// </summary>
    Task<Result<TicketChecklistDto>> FillAsync(int ticketNumber, Guid checklistId, IReadOnlyList<ChecklistFieldFill> fills, ActorDto actor, CancellationToken cancellationToken);
}
