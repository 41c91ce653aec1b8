namespace Tiflux.Billing.Invoicing;

internal sealed class BillingAudit
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BillingId { get; init; }

    public required string Action { get; init; }

    public required string By { get; init; }

    public DateTimeOffset At { get; init; }

    public string Details { get; init; } = "";
}
