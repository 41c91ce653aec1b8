using Tiflux.Billing.Ledger;

namespace Tiflux.Billing.Pending;

/// <summary>A balance movement a cycle causes; written to the ledger when the cycle is billed.</summary>
internal sealed record LedgerMovement(LedgerKind Kind, int CycleIndex, int Minutes, decimal Amount, int? LotCycleIndex, int? ExpiresAfterCycle);
