using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// The pending lines; for each contract cycle (by group key) the ledger movements billing it records; and, for cycles
/// that carry a balance into the next (Horas Cumulativas), the earlier cycles still unbilled that must be billed first.
/// </summary>
internal sealed record PendingComputation(
    IReadOnlyList<PendingLineDto> Lines,
    IReadOnlyDictionary<string, IReadOnlyList<LedgerMovement>> Movements,
    IReadOnlyDictionary<string, IReadOnlyList<UnbilledCycle>> BillFirst);

/// <summary>An unbilled contract cycle named in a "bill this one first" message.</summary>
internal sealed record UnbilledCycle(string GroupKey, string ContractName, DateOnly Start, DateOnly End);
