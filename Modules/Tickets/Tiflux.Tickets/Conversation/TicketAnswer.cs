using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>An answer to the requester (comunicação pública). <see cref="Html"/> is stored already sanitised.</summary>
internal sealed class TicketAnswer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public required string Html { get; init; }

    public AnswerOrigin Origin { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Author { get; init; }

    /// <summary>Null for answers written by (or on behalf of) the client.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The addresses it was e-mailed to, as they were when it was posted.</summary>
    public List<string> Recipients { get; init; } = [];

    public TicketAnswerDto ToDto(IReadOnlyList<TicketFileDto> files) => new(Id, Html, Origin, At, Author, UserId, files, Recipients);
}
