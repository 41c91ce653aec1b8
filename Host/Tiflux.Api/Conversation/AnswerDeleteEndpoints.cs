using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>DELETE /tickets/{n}/answers/{id} and DELETE /ticket_answers/{answer_id}/files/{id} (service-desk.md §9.6). Staff.</summary>
internal static class AnswerDeleteEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapDelete("/tickets/{ticket_number}/answers/{id}", DeleteAnswerAsync).Produces(204).WithTags(ConversationRoutes.Tag)
            .WithSummary("Remove an answer and its files (e-mails already sent are not recalled)")
            .Requires(Permissions.TicketsView);
        api.MapDelete("/ticket_answers/{ticket_answer_id}/files/{id}", DeleteFileAsync).Produces(204).WithTags(ConversationRoutes.Tag)
            .WithSummary("Remove one file of an answer")
            .Requires(Permissions.TicketsView);
    }

    private static async Task<IResult> DeleteAnswerAsync(
        string ticket_number, string id, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var answerId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.TicketAnswer, id, "ServiceDesk::TicketAnswer", cancellationToken);
        (await conversation.DeleteAnswerAsync(ticket.Number, answerId, caller.Actor(), cancellationToken)).ThrowUnlessFound("ServiceDesk::TicketAnswer", id);
        return Results.NoContent();
    }

    private static async Task<IResult> DeleteFileAsync(
        string ticket_answer_id, string id, HttpContext http, ITicketConversation conversation, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var answerId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.TicketAnswer, ticket_answer_id, "ServiceDesk::TicketAnswer", cancellationToken);
        var fileId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.TicketFile, id, "ServiceDesk::TicketAnswerFile", cancellationToken);
        (await conversation.DeleteAnswerFileAsync(answerId, fileId, caller.Actor(), cancellationToken)).ThrowUnlessFound("ServiceDesk::TicketAnswerFile", id);
        return Results.NoContent();
    }
}
