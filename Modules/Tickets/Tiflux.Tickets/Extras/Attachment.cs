namespace Tiflux.Tickets.Extras;

/// <summary>A file kept in the database so it is backed up with the data and served only through the app.</summary>
internal sealed class Attachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required byte[] Content { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
