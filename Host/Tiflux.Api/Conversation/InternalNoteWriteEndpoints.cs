using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// POST (multipart only), PUT (JSON <c>{text}</c>) and DELETE /tickets/{n}/internal_communications (service-desk.md §9.7).
/// Only the author edits or deletes a note: another user's answers 403/40302.
/// </summary>
internal static class InternalNoteWriteEndpoints
{
    public const string KindName = "ServiceDesk::InternalCommunication";

    private const string MultipartRequired = "This request requires a multipart/form-data body, but NONE or a different format was received";

    public static void Map(RouteGroupBuilder api)
    {
        // No Accepts metadata: routing would drop a JSON request before the permission check; the handler answers 415.
        api.MapPost("/tickets/{ticket_number}/internal_communications", CreateAsync).Produces<InternalNoteView>(201).WithTags(ConversationRoutes.Tag)
            .WithSummary("Add an internal note (multipart/form-data only: text, files[])")
            .Requires(Permissions.TicketsInternalCommunication);
        api.MapPut("/tickets/{ticket_number}/internal_communications/{id}", UpdateAsync).Produces<InternalNoteView>().WithTags(ConversationRoutes.Tag)
            .WithSummary("Edit the text of one of your own internal notes").Body<NoteTextBody>()
            .Requires(Permissions.TicketsInternalCommunication);
        api.MapDelete("/tickets/{ticket_number}/internal_communications/{id}", DeleteAsync).Produces(204).WithTags(ConversationRoutes.Tag)
            .WithSummary("Delete one of your own internal notes")
            .Requires(Permissions.TicketsInternalCommunication);
    }

    private static async Task<IResult> CreateAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        if (!http.Request.HasFormContentType || !http.Request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiErrorException(ApiError.Custom(415, 41501, "content_type", MultipartRequired));
        }

        var body = await BodyReader.ReadFormAsync(http.Request, cancellationToken);
        var text = body.String("text", required: true);
        var files = await UploadReader.ReadAsync(http.Request, body, cancellationToken);
        body.ThrowIfErrors();
        var note = (await conversation.SaveInternalNoteAsync(new SaveInternalNoteRequest(ticket.Number, null, text!, files), caller.Actor(), cancellationToken))
            .Unwrap("ServiceDesk::Ticket", ticket_number, ConversationRoutes.NoteFields);
        return ApiResults.Created((await views.NotesAsync([note], cancellationToken))[0]);
    }

    private static async Task<IResult> UpdateAsync(
        string ticket_number, string id, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, PublicIds ids,
        CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var noteId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.InternalNote, id, KindName, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var text = body.String("text", required: true);
        body.ThrowIfErrors();
        var result = await conversation.SaveInternalNoteAsync(new SaveInternalNoteRequest(ticket.Number, noteId, text!, []), caller.Actor(), cancellationToken);
        ThrowIfAnotherUsers(result, "You cannot update an internal_communication of another user");
        var note = result.Unwrap(KindName, id, ConversationRoutes.NoteFields);
        return ApiResults.Ok((await views.NotesAsync([note], cancellationToken))[0]);
    }

    private static async Task<IResult> DeleteAsync(
        string ticket_number, string id, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var noteId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.InternalNote, id, KindName, cancellationToken);
        var result = await conversation.DeleteInternalNoteAsync(ticket.Number, noteId, caller.Actor(), cancellationToken);
        ThrowIfAnotherUsers(result, "You cannot delete an internal_communication of another user");
        result.ThrowUnlessFound(KindName, id, ConversationRoutes.NoteFields);
        return Results.NoContent();
    }

    /// <summary>The module refuses another user's note with a forbidden error; Tiflux answers 403/40302.</summary>
    private static void ThrowIfAnotherUsers(Result result, string message)
    {
        if (!result.IsSuccess && result.Errors.Any(e => e.Code == ConversationRoutes.ForbiddenCode))
        {
            throw new ApiErrorException(ApiError.Custom(403, 40302, "error", message));
        }
    }
}

/// <summary>PUT /tickets/{n}/internal_communications/{id} body.</summary>
internal sealed record NoteTextBody(string Text);
