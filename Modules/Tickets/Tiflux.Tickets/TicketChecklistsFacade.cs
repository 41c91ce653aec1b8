using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Checklists;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls it.</summary>
internal sealed class TicketChecklistsFacade(IServiceProvider services) : ITicketChecklists
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<ChecklistTemplateDto>> ListTemplatesAsync(CancellationToken cancellationToken) =>
        Get<ListChecklistTemplates>().HandleAsync(cancellationToken);

    public Task<ChecklistTemplateDto?> GetTemplateAsync(Guid id, CancellationToken cancellationToken) =>
        Get<ListChecklistTemplates>().GetAsync(id, cancellationToken);

    public Task<Result<Guid>> SaveTemplateAsync(SaveChecklistTemplateRequest request, CancellationToken cancellationToken) =>
        Get<SaveChecklistTemplate>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyList<ChecklistTemplateDto>> ListTemplatesForDeskAsync(Guid deskId, CancellationToken cancellationToken) =>
        Get<ListChecklistTemplates>().ForDeskAsync(deskId, cancellationToken);

    public Task<Result<TicketChecklistsDto>> ListAsync(int ticketNumber, CancellationToken cancellationToken) =>
        Get<ListTicketChecklists>().HandleAsync(ticketNumber, cancellationToken);

    public Task<Result<Guid>> AddAsync(int ticketNumber, Guid templateId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<AddTicketChecklist>().HandleAsync(ticketNumber, templateId, actor, cancellationToken);

    public Task<Result> RemoveAsync(int ticketNumber, Guid checklistId, ActorDto actor, CancellationToken cancellationToken) =>
        Get<RemoveTicketChecklist>().HandleAsync(ticketNumber, checklistId, actor, cancellationToken);

    public Task<Result<TicketChecklistDto>> FillAsync(
        int ticketNumber, Guid checklistId, IReadOnlyList<ChecklistFieldFill> fills, ActorDto actor, CancellationToken cancellationToken) =>
        Get<FillTicketChecklist>().HandleAsync(ticketNumber, checklistId, fills, actor, cancellationToken);
}
