using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Reconciliation;

internal sealed class LoggedWorkFacade(GetLoggedWork getLoggedWork) : ILoggedWorkReads
{
    public Task<LoggedWorkDto> GetLoggedWorkAsync(LoggedWorkRequest request, CancellationToken cancellationToken) =>
        getLoggedWork.HandleAsync(request, cancellationToken);
}
