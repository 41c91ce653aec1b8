using Tiflux.Tickets.PublicApi;

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

    /// <summary>What the file belongs to; null for an extra valuation's attachment (linked from the extra).</summary>
    public TicketFileOwner? Owner { get; init; }

    /// <summary>The answer or internal note, when <see cref="Owner"/> is one of them.</summary>
    public Guid? OwnerId { get; init; }

    public Guid? UploadedById { get; init; }

    /// <summary>Public files reach the client (ticket and answer files); internal-note and extra files never do.</summary>
    public bool IsPublic => Owner is TicketFileOwner.Ticket or TicketFileOwner.Answer;

    public TicketFileDto ToDto() => new(Id, FileName, ContentType, Size, UploadedAt, Owner ?? TicketFileOwner.Ticket, OwnerId);
}
