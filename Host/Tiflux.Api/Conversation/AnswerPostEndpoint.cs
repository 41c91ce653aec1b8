using Tiflux.Api.Conventions;
using Tiflux.Api.Tickets;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// POST /tickets/{n}/answers (service-desk.md §9.6): an answer to the requester, e-mailed by the module to the requester
/// and the followers. Multipart (the official client) or JSON; <c>with_signature</c> appends the token user's signature.
/// </summary>
internal static class AnswerPostEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/tickets/{ticket_number}/answers", PostAsync).Produces<PostedAnswer>(201).WithTags(ConversationRoutes.Tag)
            .WithSummary("Answer the requester (multipart/form-data: name, with_signature, files[])")
            .Accepts<AnswerBody>("multipart/form-data", "application/json")
            .Requires(Permissions.TicketsView);

    private static async Task<IResult> PostAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketConversation conversation, ConversationViews views, IUserDirectory users,
        CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var body = await BodyReader.ReadAsync(http.Request, cancellationToken);
        var withSignature = WithSignature(body);
        var html = body.String("name", required: true);
        var files = await UploadReader.ReadAsync(http.Request, body, cancellationToken);
        body.ThrowIfErrors();

        var signature = withSignature ? (await users.FindAsync(caller.UserId))?.Signature : null;
        var request = new PostAnswerRequest(ticket.Number, html!, AnswerOrigin.Api, files) { WithSignature = withSignature, Signature = signature };
        var posted = (await conversation.PostAnswerAsync(request, caller.Actor(), cancellationToken))
            .Unwrap("ServiceDesk::Ticket", ticket_number, ConversationRoutes.AnswerFields);
        return ApiResults.Created(await views.PostedAsync(posted, cancellationToken));
    }

    /// <summary>Strict, as Tiflux: only <c>true</c> or <c>false</c> (422/42201 otherwise); absent means false.</summary>
    private static bool WithSignature(BodyReader body)
    {
        var value = body.String("with_signature");
        return value switch
        {
            null or "false" => false,
            "true" => true,
            _ => throw new ApiErrorException(ApiError.Query("with_signature", $"{value} is not a valid option. With signature must be 'true' or 'false'")),
        };
    }
}

/// <summary>POST /tickets/{n}/answers fields.</summary>
internal sealed record AnswerBody(string Name, bool? WithSignature);
