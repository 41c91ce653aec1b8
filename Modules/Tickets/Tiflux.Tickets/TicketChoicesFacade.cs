using Microsoft.Extensions.DependencyInjection;
using Tiflux.Tickets.Choices;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketChoicesFacade(IServiceProvider services) : ITicketChoices
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<ChoiceDto>> GetClientChoicesAsync(CancellationToken cancellationToken) =>
        Get<ListClientChoices>().HandleAsync(cancellationToken);

    public Task<IReadOnlyList<ChoiceDto>> GetResourceChoicesAsync(Guid clientId, CancellationToken cancellationToken) =>
        Get<ListResourceChoices>().HandleAsync(clientId, cancellationToken);

    public Task<IReadOnlyList<EntryChoiceDto>> GetExtraExpenseChoicesAsync(CancellationToken cancellationToken) =>
        Get<ListExtraExpenseChoices>().HandleAsync(cancellationToken);
}
