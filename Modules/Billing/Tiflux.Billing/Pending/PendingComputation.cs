using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>The pending lines, and for each contract cycle (by group key) the ledger movements billing it records.</summary>
internal sealed record PendingComputation(IReadOnlyList<PendingLineDto> Lines, IReadOnlyDictionary<string, IReadOnlyList<LedgerMovement>> Movements);
