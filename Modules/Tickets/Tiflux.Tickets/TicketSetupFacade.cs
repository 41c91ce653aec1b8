using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Settings;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketSetupFacade(IServiceProvider services) : ITicketSetup
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<DeskDto>> GetDesksAsync(CancellationToken cancellationToken) =>
        Get<ListDesks>().HandleAsync(cancellationToken);

    public Task<Result<Guid>> SaveDeskAsync(SaveDeskRequest request, CancellationToken cancellationToken) =>
        Get<SaveDesk>().HandleAsync(request, cancellationToken);

    public Task<TicketSettingsDto> GetSettingsAsync(CancellationToken cancellationToken) =>
        Get<GetTicketSettings>().HandleAsync(cancellationToken);

    public Task SaveSettingsAsync(TicketSettingsDto settings, CancellationToken cancellationToken) =>
        Get<SaveTicketSettings>().HandleAsync(settings, cancellationToken);
}
