using Microsoft.Extensions.DependencyInjection;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Reports;

namespace Tiflux.Tickets;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class TicketReportsFacade(IServiceProvider services) : ITicketReports
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<ExtraList> ListExtrasAsync(ExtraListRequest request, CancellationToken cancellationToken) =>
        Get<ListExtras>().HandleAsync(request, cancellationToken);

    public Task<TimeEntryReportList> ListTimeEntriesAsync(TimeEntryListRequest request, CancellationToken cancellationToken) =>
        Get<ListReportTimeEntries>().HandleAsync(request, cancellationToken);
}
