using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>
/// How a price adjustment turns the latest rider into the new one. The bulk action applies it and the Reajuste de
/// contrato report previews it, so "valor após" on screen is what applying the same percentage creates.
/// </summary>
internal static class AdjustmentRule
{
    public const decimal MaxPercent = 1000m;

    public const string PercentRangeMessage = "O percentual de reajuste deve estar entre 0 e 1000%.";

    public static bool IsValidPercent(decimal? percent) => percent is null or (>= 0 and <= MaxPercent);

    /// <summary>The terms of the rider an adjustment creates: <paramref name="percent"/> scales every money term, <paramref name="newValue"/> only the rider value.</summary>
    public static RiderTermsRequest Terms(ContractRider latest, DateOnly effective, decimal? percent, decimal? newValue, string indexName)
    {
        var factor = 1 + ((percent ?? 0) / 100m);
        decimal? Scale(decimal? value) => value is null ? null : Money.Round(value.Value * factor);
        return new RiderTermsRequest(
            effective, null, latest.DueDay,
            newValue ?? Money.Round(latest.Value * factor),
            latest.DiscountType == DiscountType.Currency && percent is not null ? Money.Round(latest.DiscountValue * factor) : latest.DiscountValue,
            latest.DiscountType, latest.IncludedMinutes,
            percent is null ? latest.SurplusHourRate : Scale(latest.SurplusHourRate),
            percent is null ? latest.Tax : Scale(latest.Tax),
            percent is null ? latest.ExternalRate : Scale(latest.ExternalRate),
            percent is null ? latest.RemoteRate : Scale(latest.RemoteRate),
            percent is null ? latest.InternalRate : Scale(latest.InternalRate),
            latest.IncludedTickets,
            percent is null ? latest.ExtraTicketValue : Scale(latest.ExtraTicketValue),
            [.. latest.Items.OrderBy(i => i.Position).Select(i => new RiderItemDto(i.Name, Money.Round(i.MonthlyValue * factor), i.Quantity))],
            percent is { } p ? $"Reajuste {indexName.Trim()} {p:0.####}%" : $"Reajuste {indexName.Trim()}: novo valor");
    }

    /// <summary>The new rider of <paramref name="contract"/>, not yet saved.</summary>
    public static ContractRider NewRider(Contract contract, decimal? percent, decimal? newValue, string indexName, string appliedBy, DateTimeOffset now)
    {
        var latest = contract.LatestRider!;
        var terms = Terms(latest, contract.NextAdjustmentDate!.Value, percent, newValue, indexName);
        return ContractTerms.NewRider(contract.Id, contract.Modality, latest.Release + 1, terms, appliedBy, now);
    }

    /// <summary>The rider value after adjusting by <paramref name="percent"/>, exactly as applying it would store it.</summary>
    public static decimal ValueAfter(Contract contract, decimal percent, DateTimeOffset now) =>
        ListContracts.RiderValue(NewRider(contract, percent, null, "Prévia", "", now), contract.Modality);
}
