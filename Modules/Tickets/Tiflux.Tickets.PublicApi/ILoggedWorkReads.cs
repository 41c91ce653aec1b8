namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// Every time entry and extra logged for clients in a period, whatever its valuation, ticket state or billed mark — the
/// raw material Billing's reconciliation accounts for (docs/decisions/0035-reconciliation.md).
/// </summary>
public interface ILoggedWorkReads
{
    /// <summary>Entries and extras dated in the request's period on the request's clients' tickets; two round trips.</summary>
    Task<LoggedWorkDto> GetLoggedWorkAsync(LoggedWorkRequest request, CancellationToken cancellationToken);
}
