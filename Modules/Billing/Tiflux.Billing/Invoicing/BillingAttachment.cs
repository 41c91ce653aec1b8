namespace Tiflux.Billing.Invoicing;

internal sealed class BillingAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BillingId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required byte[] Content { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
