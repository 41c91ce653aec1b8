namespace Tiflux.Billing.Runs;

internal enum BatchErrorStatus
{
    Open = 1,
    Resolved = 2,
    Ignored = 3,
}

/// <summary>An automatic billing that failed; at most one open or ignored error per contract cycle.</summary>
internal sealed class BatchError
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public Guid ContractId { get; init; }

    public required string ContractName { get; init; }

    public int CycleIndex { get; init; }

    public Guid ClientId { get; init; }

    public required string ClientName { get; init; }

    public required string Reason { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public BatchErrorStatus Status { get; set; } = BatchErrorStatus.Open;

    public string? ResolvedBy { get; set; }
}
