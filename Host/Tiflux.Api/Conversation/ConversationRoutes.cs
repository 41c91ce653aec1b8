using System.Globalization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>What the conversation routes share: path ids, Tiflux's not-found texts and the module's field names.</summary>
internal static class ConversationRoutes
{
    public const string Tag = "Ticket conversation";

    /// <summary>The module's error code for acting on another user's internal note.</summary>
    public const string ForbiddenCode = "forbidden";

    /// <summary>Module fields → API fields of the answer, note and file routes.</summary>
    public static readonly Dictionary<string, string> AnswerFields = new() { ["Html"] = "name", ["Files"] = "files", ["Attachment"] = "files", ["ClientAuthorName"] = "author_name" };

    public static readonly Dictionary<string, string> NoteFields = new() { ["Html"] = "text", ["Files"] = "files", ["Attachment"] = "files" };

    public static ActorDto Actor(this ApiCaller caller) => new(caller.UserId, caller.Name, caller.CanSeeMoney);

    /// <summary>The record behind an integer path id, or 404 with Tiflux's text for <paramref name="kindName"/>.</summary>
    public static async Task<Guid> ResolveAsync(PublicIds ids, PublicIdKind kind, string id, string kindName, CancellationToken cancellationToken) =>
        await ids.ResolveAsync(kind, ApiPath.Id(id), cancellationToken) ?? throw NotFound(kindName, id);

    public static ApiErrorException NotFound(string kindName, string id) =>
        new(ApiError.NotFound(string.Create(CultureInfo.InvariantCulture, $"Couldn't find {kindName} with 'id'={id}")));

    /// <summary>A failed result as the API error; a not-found names the record the route was about.</summary>
    public static T Unwrap<T>(this Result<T> result, string kindName, string id, IReadOnlyDictionary<string, string>? fields = null)
    {
        result.ThrowUnlessFound(kindName, id, fields);
        return result.Value;
    }

    public static void ThrowUnlessFound(this Result result, string kindName, string id, IReadOnlyDictionary<string, string>? fields = null)
    {
        if (result.IsSuccess)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == "not_found"))
        {
            throw NotFound(kindName, id);
        }

        result.ThrowIfFailed(fields);
    }
}
