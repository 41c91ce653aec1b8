namespace Tiflux.Billing.Reminders;

/// <summary>A reminder already sent for a contract cycle; the unique key makes it one e-mail per cycle.</summary>
internal sealed class ConsumptionReminderSent
{
    public Guid ContractId { get; init; }

    public int CycleIndex { get; init; }

    public int PercentUsed { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
