using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// One recorded change of a ticket, append-only: the pt-BR sentence shown on the page and the same change in parts
/// (area, operation, the record it is about, field by field) for the API's histories.
/// </summary>
internal sealed class TicketHistory
{
    public const string SystemName = "Sistema";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? UserId { get; init; }

    public required string UserName { get; init; }

    public required string What { get; init; }

    public HistoryArea Area { get; init; } = HistoryArea.Ticket;

    public HistoryOperation Operation { get; init; } = HistoryOperation.Updated;

    /// <summary>Tiflux-style English action name ("Ticket was updated").</summary>
    public string Action { get; init; } = "";

    /// <summary>The entry, answer, note, file or extra the row is about.</summary>
    public Guid? SubjectId { get; init; }

    public List<FieldChangeDto> Changes { get; init; } = [];

    public TicketHistory About(Guid subjectId) => new()
    {
        Id = Id, TicketId = TicketId, At = At, UserId = UserId, UserName = UserName, What = What, Area = Area,
        Operation = Operation, Action = Action, SubjectId = subjectId, Changes = Changes,
    };

    /// <summary>Adds the field-by-field changes (rows are built once, before they are saved).</summary>
    public TicketHistory With(IEnumerable<FieldChangeDto> changes)
    {
        Changes.AddRange(changes);
        return this;
    }

    public TicketHistoryDto ToDto() => new(At, UserName, What)
    {
        Id = Id, UserId = UserId, Area = Area, Operation = Operation, Action = Action, SubjectId = SubjectId, Changes = Changes,
    };
}
