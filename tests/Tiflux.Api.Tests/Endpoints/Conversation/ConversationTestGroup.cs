namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>
/// The conversation tests open many tickets; they get a world of their own so the shared fixture's first pages (which
/// other tests read with default paging) stay as those tests expect.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConversationTestGroup : ICollectionFixture<ApiFixture>
{
    public const string Name = "api-conversation";
}
