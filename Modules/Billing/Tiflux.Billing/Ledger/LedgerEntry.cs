namespace Tiflux.Billing.Ledger;

/// <summary>What a ledger entry moves: rolled-over hours (minutes) or credit (money).</summary>
internal enum LedgerKind
{
    HoursIn = 1,
    HoursOut = 2,
    HoursExpired = 3,
    CreditIn = 4,
    CreditOut = 5,
    CreditExpired = 6,
}

/// <summary>
/// A balance movement recorded when a cycle is billed, so balances are never recomputed differently later.
/// Hours entries belong to a lot (the cycle whose unused hours it carries) that expires after a given cycle.
/// </summary>
internal sealed class LedgerEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ContractId { get; init; }

    public int CycleIndex { get; init; }

    public Guid BillingId { get; init; }

    public LedgerKind Kind { get; init; }

    public int Minutes { get; init; }

    public decimal Amount { get; init; }

    public int? LotCycleIndex { get; init; }

    public int? ExpiresAfterCycle { get; init; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }
}
