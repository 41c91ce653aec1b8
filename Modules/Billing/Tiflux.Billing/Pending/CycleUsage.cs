using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// How much of a cycle's allowance its entries use, as the consumption reminder and the client page read it: billable
/// minutes (time rounding per entry, warranty excluded) for every modality; against the included hours, the included
/// tickets (distinct tickets with entries) or the credit (each entry at its rider's rate for its mode) where the modality has one.
/// </summary>
internal sealed record CycleUsage(int UsedMinutes, int? IncludedMinutes, int? UsedTickets, int? IncludedTickets, decimal? UsedCredit, decimal? IncludedCredit)
{
    public static CycleUsage Measure(ContractTermsDto contract, RiderTermsDto rider, IReadOnlyList<ConsumptionEntryDto> entries)
    {
        var counted = entries.Where(e => !e.Warranty).ToList();
        int Billed(ConsumptionEntryDto e) => TimeRounding.Billed(e.Minutes, contract.TimeRoundingIncrementMinutes, contract.MinimumMinutesPerEntry);
        var modality = contract.Modality;
        var rates = contract.Riders.ToDictionary(r => r.Id);
        return new CycleUsage(
            counted.Sum(Billed),
            modality.UsesHours() ? rider.IncludedMinutes ?? 0 : null,
            modality.UsesTickets() ? counted.Select(e => e.TicketNumber).Distinct().Count() : null,
            modality.UsesTickets() ? rider.IncludedTickets ?? 0 : null,
            modality.UsesCredit() ? counted.Sum(e => Money.ForMinutes(Billed(e), rates.TryGetValue(e.RiderId, out var r) ? r.RateFor(e.Mode) ?? 0m : 0m)) : null,
            modality.UsesCredit() ? rider.Value : null);
    }
}
