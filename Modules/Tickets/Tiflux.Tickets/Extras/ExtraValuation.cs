namespace Tiflux.Tickets.Extras;

internal sealed class ExtraValuation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public Guid ExtraExpenseId { get; set; }

    public string ExpenseName { get; set; } = "";

    public DateOnly Date { get; set; }

    public decimal Quantity { get; set; }

    public decimal UnitValue { get; set; }

    public decimal Total { get; set; }

    public string Description { get; set; } = "";

    public Guid? AttachmentId { get; set; }

    public string? AttachmentName { get; set; }

    public Guid CreatedById { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? BilledInBillingId { get; set; }
}
