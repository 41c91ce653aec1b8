using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Catalog;

/// <summary>Gasto extra: a chargeable expense with a unit value, launched on tickets.</summary>
internal sealed class ExtraExpense
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public decimal UnitValue { get; set; }

    public string Description { get; set; } = "";

    public bool Active { get; set; } = true;

    public ExtraExpenseDto ToDto() => new(Id, Name, UnitValue, Description, Active);
}
