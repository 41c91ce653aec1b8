using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// GET, POST (multipart <c>files[]</c>) and DELETE /tickets/{n}/files (service-desk.md §9.8). Portal users list their own
/// client's tickets' public files (the ticket's and its answers', never internal notes').
/// </summary>
internal static class TicketFilesEndpoints
{
    private const string KindName = "ServiceDesk::TicketFile";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{ticket_number}/files", ListAsync).Produces<FileView[]>().WithTags(ConversationRoutes.Tag)
            .WithSummary("Files of a ticket").Paged()
            .RequiresOrPortal(Permissions.TicketsView);
        api.MapPost("/tickets/{ticket_number}/files", AddAsync).Produces<FileView[]>(201).WithTags(ConversationRoutes.Tag)
            .WithSummary("Attach files to a ticket (multipart/form-data: files[])")
            .Requires(Permissions.TicketsView);
        api.MapDelete("/tickets/{ticket_number}/files/{id}", DeleteAsync).Produces(204).WithTags(ConversationRoutes.Tag)
            .WithSummary("Remove a file attached to the ticket")
            .Requires(Permissions.TicketsView);
    }

    private static async Task<IResult> ListAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var publicOnly = caller.IsPortalUser || !caller.Has(Permissions.TicketsInternalCommunication);
        var page = (await conversation.ListFilesAsync(ticket.Number, publicOnly, paging.Page, paging.Limit, cancellationToken)).Unwrap("ServiceDesk::Ticket", ticket_number);
        return ApiResults.Page(http, await views.FilesAsync(page.Items, cancellationToken), page.TotalItems);
    }

    private static async Task<IResult> AddAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var body = await BodyReader.ReadAsync(http.Request, cancellationToken);
        var files = await UploadReader.ReadAsync(http.Request, body, cancellationToken);
        if (files.Count == 0)
        {
            body.Fail("files", UploadReader.NotAFile);
        }

        body.ThrowIfErrors();
        var added = (await conversation.AddFilesAsync(ticket.Number, files, caller.Actor(), cancellationToken))
            .Unwrap("ServiceDesk::Ticket", ticket_number, ConversationRoutes.AnswerFields);
        return ApiResults.Created(await views.FilesAsync(added, cancellationToken));
    }

    private static async Task<IResult> DeleteAsync(
        string ticket_number, string id, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var fileId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.TicketFile, id, KindName, cancellationToken);
        (await conversation.DeleteFileAsync(ticket.Number, fileId, TicketFileOwner.Ticket, caller.Actor(), cancellationToken)).ThrowUnlessFound(KindName, id);
        return Results.NoContent();
    }
}
