namespace Tiflux.Billing.PublicApi;

/// <summary>The contracts and the period (cycles overlapping [From, To]) of a balance statement.</summary>
public sealed record ContractBalanceRequest(IReadOnlyCollection<Guid> ContractIds, DateOnly From, DateOnly To);

/// <summary>
/// A contract's balance over the period's cycles, in <see cref="Unit"/>: minutes for <see cref="ConsumptionUnit.Hours"/>
/// (rolled-over hours of Horas Cumulativas), R$ for <see cref="ConsumptionUnit.Credit"/>. Only billed cycles move a
/// balance (the ledger is written when a cycle is billed); <see cref="UnbilledCycles"/> counts the period's cycles not
/// billed yet, so a reader knows the closing balance may still change.
/// Closing = Opening + In − Out − Expired.
/// </summary>
public sealed record ContractBalanceDto(
    Guid ContractId,
    ConsumptionUnit Unit,
    decimal Opening,
    decimal In,
    decimal Out,
    decimal Expired,
    decimal Closing,
    int UnbilledCycles,
    IReadOnlyList<BalanceLotDto> Lots);

/// <summary>
/// Hours carried from the cycle <see cref="LotCycleIndex"/> (which ended on <see cref="LotCycleEnd"/>), still unused at
/// the period's end; they expire after the cycle <see cref="ExpiresAfterCycle"/>, ending on <see cref="ExpiresOn"/>
/// (both null when the contract's lots never expire).
/// </summary>
public sealed record BalanceLotDto(int LotCycleIndex, DateOnly? LotCycleEnd, int RemainingMinutes, int? ExpiresAfterCycle, DateOnly? ExpiresOn);
