using Tiflux.Api.Conventions;
using Tiflux.Api.Tickets;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// POST /tickets/{n}/client-answers (service-desk.md §9.6): an answer recorded as written by the client
/// (<c>author_name</c>), without a user. Tiflux allows it to administrators only; here that is whoever may manage users
/// and permissions (see docs/api-automation.md).
/// </summary>
internal static class ClientAnswerEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/tickets/{ticket_number}/client-answers", PostAsync).Produces<PostedAnswer>(201).WithTags(ConversationRoutes.Tag)
            .WithSummary("Record an answer written by the client (multipart/form-data: name, author_name, files[]); administrators only")
            .Accepts<ClientAnswerBody>("multipart/form-data", "application/json")
            .Requires(Permissions.UsersManage);

    private static async Task<IResult> PostAsync(
        string ticket_number, HttpContext http, ITicketQueries tickets, ITicketConversation conversation, ConversationViews views, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.GetTicketAsync(TicketDetailShape.ParseNumber(ticket_number), cancellationToken)
            ?? throw new ApiErrorException(ApiError.NotFound($"Couldn't find ticket with ticket_number = {ticket_number}"));
        var body = await BodyReader.ReadAsync(http.Request, cancellationToken);
        var html = body.String("name", required: true);
        var author = body.String("author_name", required: true, maxLength: TicketLimits.PersonName);
        var files = await UploadReader.ReadAsync(http.Request, body, cancellationToken);
        body.ThrowIfErrors();

        var request = new PostAnswerRequest(ticket.Number, html!, AnswerOrigin.Api, files) { ClientAuthorName = author!.Trim() };
        var posted = (await conversation.PostAnswerAsync(request, caller.Actor(), cancellationToken))
            .Unwrap("ServiceDesk::Ticket", ticket_number, ConversationRoutes.AnswerFields);
        return ApiResults.Created(await views.PostedAsync(posted, cancellationToken));
    }
}

/// <summary>POST /tickets/{n}/client-answers fields.</summary>
internal sealed record ClientAnswerBody(string Name, string AuthorName);
