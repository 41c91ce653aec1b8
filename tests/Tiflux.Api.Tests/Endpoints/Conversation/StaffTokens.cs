using Tiflux.TestKit;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>API clients of new staff users whose one permission group grants exactly the permissions given.</summary>
internal static class StaffTokens
{
    public static async Task<(ApiClient Api, string Email)> WithOnlyAsync(ApiFixture fixture, params string[] permissions)
    {
        var group = await fixture.Factory.CreatePermissionGroupAsync(permissions);
        var (email, _) = await fixture.Factory.CreateUserAsync(group);
        return (fixture.WithToken(await fixture.Factory.IssueApiTokenAsync(email)), email);
    }
}
