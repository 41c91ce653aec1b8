using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>GET /tickets/{n}/internal_communications and /{id} (service-desk.md §9.7). Staff with the internal-communication permission only.</summary>
internal static class InternalNoteReadEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{ticket_number}/internal_communications", ListAsync).Produces<InternalNoteView[]>().WithTags(ConversationRoutes.Tag)
            .WithSummary("Internal notes of a ticket").Paged()
            .Requires(Permissions.TicketsInternalCommunication);
        api.MapGet("/tickets/{ticket_number}/internal_communications/{id}", GetAsync).Produces<InternalNoteView>().WithTags(ConversationRoutes.Tag)
            .WithSummary("An internal note")
            .Requires(Permissions.TicketsInternalCommunication);
    }

    private static async Task<IResult> ListAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var page = (await conversation.ListInternalNotesAsync(ticket.Number, paging.Page, paging.Limit, cancellationToken)).Unwrap("ServiceDesk::Ticket", ticket_number);
        return ApiResults.Page(http, await views.NotesAsync(page.Items, cancellationToken), page.TotalItems);
    }

    private static async Task<IResult> GetAsync(
        string ticket_number, string id, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, PublicIds ids,
        CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var noteId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.InternalNote, id, InternalNoteWriteEndpoints.KindName, cancellationToken);
        var note = (await conversation.GetInternalNoteAsync(ticket.Number, noteId, cancellationToken)).Unwrap(InternalNoteWriteEndpoints.KindName, id);
        return ApiResults.Ok((await views.NotesAsync([note], cancellationToken))[0]);
    }
}
