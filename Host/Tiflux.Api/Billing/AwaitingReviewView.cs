using Tiflux.Api.Conventions;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Api.Billing;

/// <summary>
/// Work on a client's tickets awaiting review: <c>value</c> is what its standalone items (<c>standalone_items</c>: time,
/// travel, extras) will be billed for once reviewed, dated by the review date; <c>contract_entries</c> /
/// <c>contract_minutes</c> already count in their cycle's consumption by entry date and have no value of their own.
/// </summary>
internal sealed record AwaitingReviewView(
    int Tickets, int StandaloneItems, string Value, int ContractEntries, int ContractMinutes, IReadOnlyList<int> TicketNumbers)
{
    public static AwaitingReviewView From(AwaitingReviewSummary? summary) => summary is null
        ? new(0, 0, ApiResults.Money(0m), 0, 0, [])
        : new(summary.TicketCount, summary.StandaloneItemCount, ApiResults.Money(summary.StandaloneValue), summary.ContractEntryCount,
            summary.ContractMinutes, summary.TicketNumbers);
}
