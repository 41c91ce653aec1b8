namespace Tiflux.Billing.PublicApi;

/// <summary>Work dated (entry date) in [<see cref="From"/>, <see cref="To"/>] of one client, or of every client when null.</summary>
public sealed record ReconciliationRequest(Guid? ClientId, DateOnly From, DateOnly To);

/// <summary>What is reconciled: time entries (minutes), travel fees and extras.</summary>
public enum ReconciliationFamily
{
    Time = 1,
    Travel = 2,
    Extra = 3,
}

/// <summary>Where an item is accounted for. Each item belongs to exactly one bucket when nothing is wrong.</summary>
public enum ReconciliationBucket
{
    /// <summary>A standalone entry, travel fee or extra on an active billing line.</summary>
    Billed = 1,

    /// <summary>Contract time of a billed cycle that the cycle's allowance (or carried balance) absorbed.</summary>
    CoveredByContract = 2,

    /// <summary>Contract time of a billed cycle billed as excess (hours, credit beyond the allowance).</summary>
    BilledAsExcess = 3,

    /// <summary>Under warranty: shown at zero, never billed.</summary>
    Warranty = 4,

    /// <summary>Never chargeable: not valued (desk without valuation) or on a cancelled ticket.</summary>
    WrittenOff = 5,

    /// <summary>A travel fee reused from another ticket (carona): never charged twice.</summary>
    RideAlong = 6,

    /// <summary>Pending: the ticket is still open.</summary>
    PendingOpenTicket = 7,

    /// <summary>Pending: the ticket is closed and awaits review.</summary>
    PendingReview = 8,

    /// <summary>Pending: reviewed and not yet billed.</summary>
    PendingBilling = 9,

    /// <summary>Pending: contract time whose cycle is not billed yet.</summary>
    PendingCycle = 10,
}

/// <summary>One item accounted for: the entry or extra, its ticket (for the link), minutes and value where they apply.</summary>
public sealed record ReconciledItemDto(Guid ItemId, int TicketNumber, DateOnly Date, int Minutes, decimal? Amount, string Note);

/// <summary>A bucket of one family for one client: totals and the items behind them.</summary>
public sealed record ReconciliationLineDto(
    ReconciliationFamily Family,
    ReconciliationBucket Bucket,
    int Count,
    int Minutes,
    decimal? Amount,
    IReadOnlyList<ReconciledItemDto> Items);

/// <summary>A difference: the reason in pt-BR and the item (entry, extra or billing line) causing it.</summary>
public sealed record ReconciliationProblemDto(
    ReconciliationFamily Family,
    string Reason,
    Guid ItemId,
    int? TicketNumber,
    DateOnly Date,
    int Minutes,
    decimal? Amount,
    int? BillingNumber);

/// <summary>
/// One client's reconciliation. For each family, logged = Σ buckets + difference: the difference is what no bucket claims
/// (positive) or what two buckets claim (negative); zero when nothing is wrong. <see cref="RoundingMinutes"/> is what
/// contract time rounding adds to the raw minutes (billed minutes − raw), shown apart.
/// </summary>
public sealed record ClientReconciliationDto(
    Guid ClientId,
    string ClientName,
    int LoggedMinutes,
    int TimeDifferenceMinutes,
    int RoundingMinutes,
    int LoggedTravelCount,
    int TravelDifference,
    int LoggedExtraCount,
    int ExtraDifference,
    IReadOnlyList<ReconciliationLineDto> Lines,
    IReadOnlyList<ReconciliationProblemDto> Problems)
{
    public bool Balances => TimeDifferenceMinutes == 0 && TravelDifference == 0 && ExtraDifference == 0 && Problems.Count == 0;
}

/// <summary>The reconciliation of a period, one block per client with logged work or billed lines in it.</summary>
public sealed record ReconciliationDto(DateOnly From, DateOnly To, IReadOnlyList<ClientReconciliationDto> Clients)
{
    public int ProblemCount => Clients.Sum(c => c.Problems.Count);
}
