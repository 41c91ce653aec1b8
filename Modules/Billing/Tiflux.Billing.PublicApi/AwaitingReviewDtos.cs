namespace Tiflux.Billing.PublicApi;

/// <summary>What is still awaiting review for the given clients (null = every client), limited to the scope's kinds.</summary>
public sealed record AwaitingReviewRequest(IReadOnlyCollection<Guid>? ClientIds, PendingScope Scope);

/// <summary>
/// One client's work on tickets closed but not yet reviewed: it is not in pending billing yet. Standalone items (time,
/// travel, extras) enter pending billing when their ticket is reviewed, dated by the review date;
/// <see cref="StandaloneValue"/> is what they will be billed for then (warranty at zero). Contract time entries already
/// count in their cycle's consumption by entry date, so they carry no value of their own (docs/decisions/0016-awaiting-review.md).
/// </summary>
public sealed record AwaitingReviewSummary(
    Guid ClientId,
    string ClientName,
    int TicketCount,
    int StandaloneItemCount,
    decimal StandaloneValue,
    int ContractEntryCount,
    int ContractMinutes,
    IReadOnlyList<int> TicketNumbers);

/// <summary>
/// A contract's consumption in the cycle containing the asked date: minutes always (billable minutes, time rounding
/// applied, warranty excluded); included hours, tickets or credit only for the modalities that have them.
/// </summary>
public sealed record ContractUsageDto(
    Guid ContractId,
    int ContractNumber,
    string ContractName,
    int CycleIndex,
    DateOnly CycleStart,
    DateOnly CycleEnd,
    int UsedMinutes,
    int? IncludedMinutes,
    int? UsedTickets,
    int? IncludedTickets,
    decimal? UsedCredit,
    decimal? IncludedCredit)
{
    /// <summary>How much of the allowance is used, in whole percent; null without an allowance (Livre, Produto/SaaS, zero included).</summary>
    public int? Percent => (IncludedMinutes, IncludedTickets, IncludedCredit) switch
    {
        ( > 0 and var minutes, _, _) => UsedMinutes * 100 / minutes,
        (_, > 0 and var tickets, _) => (UsedTickets ?? 0) * 100 / tickets,
        (_, _, > 0 and var credit) => (int)((UsedCredit ?? 0m) * 100 / credit),
        _ => null,
    };
}
