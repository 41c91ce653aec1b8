using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>The <c>type</c> names of the Tickets module's outbox rows.</summary>
public static class TicketsEventTypes
{
    public const string AnswerPosted = "tickets.answer-posted";
}

/// <summary>
/// An answer was posted on a ticket: Notifications e-mails it once to each recipient (the requester and the
/// followers). <see cref="Html"/> is already sanitised; <see cref="Text"/> is its plain-text form.
/// </summary>
public sealed record TicketAnswerPosted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AnswerId,
    int TicketNumber,
    string TicketTitle,
    string ClientName,
    string Author,
    string Html,
    string Text,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<PostedAnswerFile> Files) : IIntegrationEvent;

/// <summary>A file of a posted answer, for the e-mail's download links.</summary>
public sealed record PostedAnswerFile(Guid Id, string FileName, long Size);
