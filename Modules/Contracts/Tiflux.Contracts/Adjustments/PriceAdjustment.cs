namespace Tiflux.Contracts.Adjustments;

/// <summary>A price adjustment (reajuste) applied to one contract: the rider it created and how it was computed.</summary>
internal sealed class PriceAdjustment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ContractId { get; init; }

    public DateOnly EffectiveDate { get; init; }

    public decimal? Percent { get; init; }

    public decimal? NewValue { get; init; }

    public required string IndexName { get; init; }

    public decimal PreviousValue { get; init; }

    public decimal ResultingValue { get; init; }

    public Guid CreatedRiderId { get; init; }

    public string AppliedBy { get; init; } = "";

    public DateTimeOffset AppliedAt { get; init; }
}
