using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.ReplyTemplates;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketReplyTemplatesFacade(IServiceProvider services) : ITicketReplyTemplates
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<ReplyTemplateDto>> ListAsync(CancellationToken cancellationToken) =>
        Get<ListReplyTemplates>().HandleAsync(cancellationToken);

    public Task<Result<ReplyTemplateDto>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Get<GetReplyTemplate>().HandleAsync(id, cancellationToken);

    public Task<Result<Guid>> SaveAsync(SaveReplyTemplateRequest request, CancellationToken cancellationToken) =>
        Get<SaveReplyTemplate>().HandleAsync(request, cancellationToken);

    public Task<Result> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        Get<DeleteReplyTemplate>().HandleAsync(id, cancellationToken);

    public Task<Result<IReadOnlyList<ChoiceDto>>> ListForTicketAsync(int ticketNumber, ReplyChannel channel, CancellationToken cancellationToken) =>
        Get<ListReplyTemplatesForTicket>().HandleAsync(ticketNumber, channel, cancellationToken);

    public Task<Result<string>> RenderForTicketAsync(int ticketNumber, Guid templateId, ReplyChannel channel, string userName, CancellationToken cancellationToken) =>
        Get<RenderReplyTemplate>().HandleAsync(ticketNumber, templateId, channel, userName, cancellationToken);
}
