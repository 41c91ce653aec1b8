namespace Tiflux.Billing.Pending;

/// <summary>Unused hours of one cycle carried over (Horas Cumulativas), usable until <see cref="ExpiresAfterCycle"/>.</summary>
internal sealed record HourLot(int LotCycleIndex, int RemainingMinutes, int? ExpiresAfterCycle);
