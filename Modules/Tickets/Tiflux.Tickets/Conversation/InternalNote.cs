using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>A staff-only note (comunicação interna); only its author edits or deletes it. Never e-mailed.</summary>
internal sealed class InternalNote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public required string Html { get; set; }

    public Guid UserId { get; init; }

    public required string UserName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public InternalNoteDto ToDto(IReadOnlyList<TicketFileDto> files) => new(Id, Html, CreatedAt, UpdatedAt, UserId, UserName, files);
}
