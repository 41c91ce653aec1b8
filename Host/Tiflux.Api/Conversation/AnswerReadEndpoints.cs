using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>GET /tickets/{n}/answers and /answers/{id} (service-desk.md §9.6). Portal users read their own client's tickets only.</summary>
internal static class AnswerReadEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{ticket_number}/answers", ListAsync).Produces<AnswerListItem[]>().WithTags(ConversationRoutes.Tag)
            .WithSummary("Answers to the requester (files_count only)").Paged()
            .RequiresOrPortal(Permissions.TicketsView);
        api.MapGet("/tickets/{ticket_number}/answers/{id}", GetAsync).Produces<AnswerDetail>().WithTags(ConversationRoutes.Tag)
            .WithSummary("An answer with its files")
            .RequiresOrPortal(Permissions.TicketsView);
    }

    private static async Task<IResult> ListAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, CancellationToken cancellationToken)
    {
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, http.Caller(), cancellationToken);
        var page = (await conversation.ListAnswersAsync(ticket.Number, paging.Page, paging.Limit, cancellationToken)).Unwrap("ServiceDesk::Ticket", ticket_number);
        return ApiResults.Page(http, await views.AnswersAsync(page.Items, cancellationToken), page.TotalItems);
    }

    private static async Task<IResult> GetAsync(
        string ticket_number, string id, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, PublicIds ids,
        CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindAsync(ticket_number, http.Caller(), cancellationToken);
        var answerId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.TicketAnswer, id, "ServiceDesk::TicketAnswer", cancellationToken);
        var answer = (await conversation.GetAnswerAsync(ticket.Number, answerId, cancellationToken)).Unwrap("ServiceDesk::TicketAnswer", id);
        return ApiResults.Ok(await views.AnswerAsync(answer, cancellationToken));
    }
}
