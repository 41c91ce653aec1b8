using Tiflux.SharedKernel;

namespace Tiflux.Tickets.PublicApi;

/// <summary>The <c>type</c> names of the Tickets module's outbox rows.</summary>
public static class TicketsEventTypes
{
    public const string AnswerPosted = "tickets.answer-posted";
    public const string AwaitingAuthorization = "tickets.awaiting-authorization";
    public const string AuthorizationDenied = "tickets.authorization-denied";
    public const string AwaitingReview = "tickets.awaiting-review";
    public const string SlaBreached = "tickets.sla-breached";
}

/// <summary>A ticket opened for a client with the authorization flow waits for one of <see cref="Authorizers"/>.</summary>
public sealed record TicketAwaitingAuthorization(
    Guid EventId,
    DateTimeOffset OccurredAt,
    int TicketNumber,
    string TicketTitle,
    string ClientName,
    string RequesterName,
    IReadOnlyList<string> Authorizers) : IIntegrationEvent;

/// <summary>An authoriser refused a ticket: the requester is told why.</summary>
public sealed record TicketAuthorizationDenied(
    Guid EventId,
    DateTimeOffset OccurredAt,
    int TicketNumber,
    string TicketTitle,
    string RequesterName,
    string RequesterEmail,
    string DecidedBy,
    string Reason) : IIntegrationEvent;

/// <summary>
/// A ticket was closed on a desk whose review includes the requester: they are asked to review (and rate) it in the
/// portal before <see cref="ReviewDeadline"/>, after which it is reviewed automatically.
/// </summary>
public sealed record TicketAwaitingReview(
    Guid EventId,
    DateTimeOffset OccurredAt,
    int TicketNumber,
    string TicketTitle,
    string RequesterName,
    string RequesterEmail,
    DateTimeOffset ReviewDeadline) : IIntegrationEvent;

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

/// <summary>Which SLA clock of a ticket a breach is about.</summary>
public enum SlaClock
{
    Attendance = 1,
    Solution = 2,
    Stage = 3,
}

/// <summary>
/// An open ticket passed one of its SLA deadlines: the responsible (or, without one, nobody) is e-mailed once per breach.
/// </summary>
public sealed record TicketSlaBreached(
    Guid EventId,
    DateTimeOffset OccurredAt,
    int TicketNumber,
    string TicketTitle,
    string ClientName,
    SlaClock Clock,
    DateTimeOffset Deadline,
    Guid? ResponsibleUserId,
    string? ResponsibleName) : IIntegrationEvent;
