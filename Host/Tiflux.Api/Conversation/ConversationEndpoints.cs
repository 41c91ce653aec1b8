namespace Tiflux.Api.Conversation;

/// <summary>The ticket as a conversation (issue 22): answers, internal notes, files and history.</summary>
internal static class ConversationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        AnswerReadEndpoints.Map(api);
        AnswerPostEndpoint.Map(api);
        ClientAnswerEndpoint.Map(api);
        AnswerDeleteEndpoints.Map(api);
        InternalNoteReadEndpoints.Map(api);
        InternalNoteWriteEndpoints.Map(api);
        TicketFilesEndpoints.Map(api);
        TicketHistoryEndpoint.Map(api);
    }

    public static IServiceCollection AddConversationViews(this IServiceCollection services) =>
        services.AddScoped<ConversationViews>();
}
