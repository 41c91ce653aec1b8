namespace Tiflux.Billing.Invoicing;

/// <summary>A contract cycle held by a billing; a unique index among active rows means one billing per cycle.</summary>
internal sealed class BilledCycle
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BillingId { get; init; }

    public Guid ContractId { get; init; }

    public int CycleIndex { get; init; }

    public bool Active { get; set; } = true;
}
