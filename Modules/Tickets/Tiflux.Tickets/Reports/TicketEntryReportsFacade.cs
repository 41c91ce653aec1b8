using Microsoft.Extensions.DependencyInjection;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Reports;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketEntryReportsFacade(IServiceProvider services) : ITicketEntryReports
{
    public Task<EntryReport> ListEntriesAsync(EntryReportRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<ListReportEntries>().HandleAsync(request, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, TicketState>> GetTicketStatesAsync(IReadOnlyCollection<Guid> ticketIds, CancellationToken cancellationToken) =>
        services.GetRequiredService<GetTicketStates>().HandleAsync(ticketIds, cancellationToken);
}
