namespace Tiflux.Contracts.Agreements;

/// <summary>A Produto/SaaS line of a rider.</summary>
internal sealed class RiderItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RiderId { get; init; }

    public int Position { get; init; }

    public required string Name { get; init; }

    public decimal MonthlyValue { get; init; }

    public int Quantity { get; init; }
}
