using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Tiflux.TestKit;

namespace Tiflux.Api.Tests.Conventions;

/// <summary>A host of its own with a limit of 5 requests per minute per user.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class RateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task Past_the_limit_the_api_answers_429_with_the_window_headers()
    {
        await using var factory = new ApiAppFactory(fixture.Database, requestsPerMinute: 5, restoreTo: fixture.Factory.Services);
        var token = await fixture.IssueTokenAsync(TifluxAppFactory.AdminEmail);
        using var api = new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), token);

        var remaining = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var ok = (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
            remaining.Add(int.Parse(ok.Headers["RateLimit-Remaining"], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal([4, 3, 2, 1, 0], remaining);
        var refused = await api.GetAsync("/users/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("5", refused.Headers["RateLimit-Limit"]);
        Assert.Equal("0", refused.Headers["RateLimit-Remaining"]);
        Assert.True(DateTimeOffset.Parse(refused.Headers["RateLimit-Reset"], System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);
        Assert.True(int.Parse(refused.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);

        // Other users and anonymous callers have windows of their own.
        var other = await fixture.IssueTokenAsync((await factory.CreateUserAsync(Groups.Finance)).Email);
        using var otherApi = new ApiClient(factory.CreateClient(), other);
        (await otherApi.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_per_address()
    {
        await using var factory = new ApiAppFactory(fixture.Database, anonymousPerMinute: 10, restoreTo: fixture.Factory.Services);
        using var anonymous = new ApiClient(factory.CreateClient(), null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await anonymous.GetAsync("/clients")).Status);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
