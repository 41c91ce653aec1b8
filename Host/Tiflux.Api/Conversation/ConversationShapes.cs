namespace Tiflux.Api.Conversation;

/// <summary>A file of a ticket, an answer or an internal note (service-desk.md §5.2); <c>url</c> is a signed, expiring link.</summary>
internal sealed record FileView(int Id, string ContentType, string FileName, long Size, string Url, string CreatedAt);

/// <summary>A row of GET /tickets/{n}/answers: only the number of files.</summary>
internal sealed record AnswerListItem(int Id, string AnswerOrigin, string AnswerTime, string Author, int FilesCount, string Name, int? UserId);

/// <summary>GET /tickets/{n}/answers/{id}: the answer with its files.</summary>
internal sealed record AnswerDetail(
    int Id, string AnswerOrigin, string AnswerTime, string Author, IReadOnlyList<FileView> Files, int FilesCount, string Name, int? UserId);

/// <summary>POST /tickets/{n}/answers and /client-answers: the answer plus what happened to the signature.</summary>
internal sealed record PostedAnswer(
    int Id, string AnswerOrigin, string AnswerTime, string Author, IReadOnlyList<FileView> Files, int FilesCount, string Name, string Signature, int? UserId);

internal sealed record NoteAuthor(int Id, string Name);

/// <summary>An internal communication (service-desk.md §9.7); the GitHub and Jira usernames are never set here.</summary>
internal sealed record InternalNoteView(
    int Id,
    string CreatedAt,
    string UpdatedAt,
    string Text,
    int FilesCount,
    IReadOnlyList<FileView> Files,
    NoteAuthor User,
    string? GithubUsername,
    string? JiraUsername);

/// <summary>A row of GET /tickets/{n}/histories (service-desk.md §5.5).</summary>
internal sealed record HistoryItem(
    int Id,
    [property: System.Text.Json.Serialization.JsonPropertyName("_created_at")] string CreatedAt,
    [property: System.Text.Json.Serialization.JsonPropertyName("_operation")] string Operation,
    [property: System.Text.Json.Serialization.JsonPropertyName("_type")] string Type,
    [property: System.Text.Json.Serialization.JsonPropertyName("_type_id_attr")] int? TypeIdAttr,
    string Action,
    IReadOnlyDictionary<string, string> ActionDetails,
    HistoryChanges Changes,
    HistoryUser? User);

internal sealed record HistoryChanges(IReadOnlyList<string> Fields, IReadOnlyDictionary<string, string?> OldValues, IReadOnlyDictionary<string, string?> NewValues);

internal sealed record HistoryUser(int Id, string Name, string Email);
