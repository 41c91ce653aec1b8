using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Reconciliation;

/// <summary>Everything one reconciliation reads, loaded once (a handful of queries whatever the number of entries).</summary>
internal sealed record ReconciliationSources(
    ReconciliationRequest Request,
    LoggedWorkDto Work,
    IReadOnlyDictionary<Guid, string> ClientNames,
    IReadOnlyDictionary<Guid, BillingRef> Billings,
    IReadOnlyList<BilledLineRow> ItemLines,
    IReadOnlyList<BilledLineRow> CycleLines,
    IReadOnlySet<(Guid ContractId, int CycleIndex)> BilledCycles,
    IReadOnlyDictionary<Guid, ContractTermsDto> Contracts,
    IReadOnlyDictionary<Guid, IReadOnlyList<ContractCycleDto>> Cycles)
{
    public bool InScope(Guid clientId) => Request.ClientId is not { } only || only == clientId;

    public bool InPeriod(DateOnly date) => date >= Request.From && date <= Request.To;
}

/// <summary>A billing as reconciliation names it: its number, client and whether it was reversed.</summary>
internal sealed record BillingRef(Guid Id, int Number, Guid ClientId, bool Reversed);

/// <summary>An active billing line, with its explanation only where reconciliation reads it (contract cycles).</summary>
internal sealed record BilledLineRow(
    Guid BillingId,
    PendingLineKind Kind,
    string Key,
    Guid? ContractId,
    int? CycleIndex,
    Guid? SourceId,
    int? TicketNumber,
    DateOnly ReferenceDate,
    decimal Amount,
    string? ExplanationJson);
