using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// "Why is it not here?": per client, the work on tickets awaiting review. Standalone items are valued as
/// <see cref="StandaloneLines"/> will bill them once reviewed; contract entries are counted, not valued, because the
/// cycle pricing already counts them by entry date (docs/decisions/0016-awaiting-review.md). Two reads whatever the
/// number of clients: the items, then the names of the clients that have some.
/// </summary>
internal sealed class GetAwaitingReview(ITicketBilling tickets, IContractsModule contracts)
{
    public async Task<IReadOnlyList<AwaitingReviewSummary>> HandleAsync(AwaitingReviewRequest request, CancellationToken cancellationToken)
    {
        var items = (await tickets.GetAwaitingReviewItemsAsync(new AwaitingReviewItemsRequest(request.ClientIds), cancellationToken))
            .Where(i => InScope(i.Kind, request.Scope))
            .ToList();
        if (items.Count == 0)
        {
            return [];
        }

        var names = (await contracts.GetClientsAsync([.. items.Select(i => i.ClientId).Distinct()], cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return [.. items
            .GroupBy(i => i.ClientId)
            .Select(g => Summarise(g.Key, names.GetValueOrDefault(g.Key, "?"), [.. g]))
            .OrderBy(s => s.ClientName, StringComparer.Ordinal)
            .ThenBy(s => s.ClientId)];
    }

    private static AwaitingReviewSummary Summarise(Guid clientId, string clientName, List<AwaitingReviewItemDto> items)
    {
        var standalone = items.Where(i => i.Kind != AwaitingReviewItemKind.ContractEntry).ToList();
        var contract = items.Where(i => i.Kind == AwaitingReviewItemKind.ContractEntry).ToList();
        return new AwaitingReviewSummary(
            clientId,
            clientName,
            items.Select(i => i.TicketId).Distinct().Count(),
            standalone.Count,
            standalone.Sum(i => StandaloneLines.BilledAmount(i.Warranty, i.Value)),
            contract.Count,
            contract.Where(i => !i.Warranty).Sum(i => i.Minutes ?? 0),
            [.. items.Select(i => i.TicketNumber).Distinct().Order()]);
    }

    private static bool InScope(AwaitingReviewItemKind kind, PendingScope scope) => scope switch
    {
        PendingScope.Contracts => kind == AwaitingReviewItemKind.ContractEntry,
        PendingScope.Standalone => kind != AwaitingReviewItemKind.ContractEntry,
        _ => true,
    };
}
