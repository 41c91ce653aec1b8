using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// A billed line with the explanation it had when billed. <see cref="Active"/> is true while its billing is not
/// reversed; a unique index on <see cref="Key"/> among active lines keeps an item in at most one billing.
/// </summary>
internal sealed class BillingLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BillingId { get; init; }

    public int Position { get; init; }

    public required string Key { get; init; }

    public required string GroupKey { get; init; }

    public PendingLineKind Kind { get; init; }

    public Guid? ContractId { get; init; }

    public string? ContractName { get; init; }

    public int? CycleIndex { get; init; }

    public int? TicketNumber { get; init; }

    public Guid? SourceId { get; init; }

    public DateOnly ReferenceDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public required string Description { get; init; }

    public decimal Quantity { get; init; }

    public required string Unit { get; init; }

    public decimal UnitValue { get; init; }

    public decimal Amount { get; init; }

    public required string ExplanationJson { get; init; }

    public bool Active { get; set; } = true;
}
