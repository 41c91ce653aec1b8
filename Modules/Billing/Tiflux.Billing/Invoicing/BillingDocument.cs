namespace Tiflux.Billing.Invoicing;

/// <summary>A billing (faturamento): what a client was charged, when, and its state. Amounts never change after creation.</summary>
internal sealed class BillingDocument
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Number { get; set; }

    public Guid ClientId { get; init; }

    public required string ClientName { get; init; }

    public DateOnly BillingDate { get; init; }

    public DateOnly DueDate { get; init; }

    public decimal ItemsTotal { get; init; }

    public decimal Discount { get; init; }

    public decimal Interest { get; init; }

    public decimal RealValue { get; init; }

    public string NfeNumber { get; set; } = "";

    public string Observations { get; set; } = "";

    public bool Reversed { get; set; }

    public DateTimeOffset? ReversedAt { get; set; }

    public string? ReversedBy { get; set; }

    public string? ReversalReason { get; set; }

    public bool Paid { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<BillingLine> Lines { get; init; } = [];

    public List<BilledCycle> Cycles { get; init; } = [];
}
