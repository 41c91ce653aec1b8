namespace Tiflux.Tickets.PublicApi;

/// <summary>What part of a ticket a history row is about.</summary>
public enum HistoryArea
{
    /// <summary>The ticket's own fields: title, stage, status, priority, responsible, desk, requestor, followers, parent.</summary>
    Ticket = 1,

    /// <summary>Closed, cancelled, reopened, reviewed, auto-reviewed.</summary>
    Lifecycle = 2,

    /// <summary>Time entries and timers.</summary>
    Appointment = 3,

    /// <summary>Answers, internal notes and files.</summary>
    Communication = 4,

    /// <summary>Extra valuations.</summary>
    Valuation = 5,

    /// <summary>Items billed or their billing reversed.</summary>
    Billing = 6,
}

/// <summary>Created, updated or deleted (Tiflux's <c>_operation</c>).</summary>
public enum HistoryOperation
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

/// <summary>One field of a change: its code name, its pt-BR label, and the values before and after as text.</summary>
public sealed record FieldChangeDto(string Field, string Label, string? Old, string? New);

/// <summary>History filters: areas (null = all), operation, the record the row is about, paging (newest first).</summary>
public sealed record TicketHistoryRequest(
    int TicketNumber,
    IReadOnlyCollection<HistoryArea>? Areas = null,
    HistoryOperation? Operation = null,
    Guid? SubjectId = null,
    int Page = 1,
    int PageSize = 50);
