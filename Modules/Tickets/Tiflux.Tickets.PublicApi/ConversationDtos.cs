namespace Tiflux.Tickets.PublicApi;

/// <summary>Where an answer (comunicação pública) was written; wire names as Tiflux's <c>answer_origin</c>.</summary>
public enum AnswerOrigin
{
    TifluxWeb = 1,
    Api = 2,
    ClientPortal = 3,
    Email = 4,
}

/// <summary>What a ticket file is attached to. Extra valuations keep their own attachment and are not listed here.</summary>
public enum TicketFileOwner
{
    Ticket = 1,
    Answer = 2,
    InternalNote = 3,
}

/// <summary>A file of a ticket, an answer or an internal note (metadata; the bytes come from <see cref="ITicketConversation.GetFileAsync"/>).</summary>
public sealed record TicketFileDto(
    Guid Id,
    string FileName,
    string ContentType,
    long Size,
    DateTimeOffset UploadedAt,
    TicketFileOwner Owner,
    Guid? OwnerId);

/// <summary>A file's bytes, with what the download must check: the ticket, its client and whether it is public.</summary>
public sealed record TicketFileContentDto(
    Guid Id,
    string FileName,
    string ContentType,
    byte[] Content,
    int TicketNumber,
    Guid ClientId,
    bool IsPublic);

/// <summary>
/// An answer to the requester (comunicação pública): sanitised HTML, who wrote it and from where, its files and the
/// addresses it was e-mailed to. <see cref="UserId"/> is null for answers written by the client.
/// </summary>
public sealed record TicketAnswerDto(
    Guid Id,
    string Html,
    AnswerOrigin Origin,
    DateTimeOffset At,
    string Author,
    Guid? UserId,
    IReadOnlyList<TicketFileDto> Files,
    IReadOnlyList<string> Recipients);

/// <summary>An internal note (comunicação interna): staff only, never e-mailed.</summary>
public sealed record InternalNoteDto(
    Guid Id,
    string Html,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    Guid UserId,
    string UserName,
    IReadOnlyList<TicketFileDto> Files);

/// <summary>
/// Posts an answer on a ticket. Staff answers come from <see cref="ActorDto"/>; a client answer (written on the client's
/// behalf, or from the portal) sets <see cref="ClientAuthorName"/> and is stored without a user. The signature, when
/// asked for, is the staff user's own (the host owns users, so it passes the text).
/// </summary>
public sealed record PostAnswerRequest(int TicketNumber, string Html, AnswerOrigin Origin, IReadOnlyList<AttachmentUploadDto> Files)
{
    public bool WithSignature { get; init; }

    public string? Signature { get; init; }

    public string? ClientAuthorName { get; init; }
}

/// <summary>What happened to the signature of a posted answer (Tiflux's <c>signature</c> field).</summary>
public enum SignatureOutcome
{
    NotRequested = 1,
    Appended = 2,
    NoSignatureRegistered = 3,
}

/// <summary>The posted answer and what was done with the signature.</summary>
public sealed record PostedAnswerDto(TicketAnswerDto Answer, SignatureOutcome Signature);

/// <summary>Adds an internal note (<see cref="NoteId"/> null) or edits the text of the actor's own note.</summary>
public sealed record SaveInternalNoteRequest(int TicketNumber, Guid? NoteId, string Html, IReadOnlyList<AttachmentUploadDto> Files);
