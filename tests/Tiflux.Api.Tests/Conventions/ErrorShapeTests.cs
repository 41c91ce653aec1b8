using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.TestKit;
using Tiflux.Api.Tokens;
using Tiflux.Web.Identity;

namespace Tiflux.Api.Tests.Conventions;

/// <summary>Failures outside an endpoint (authentication, routing) still answer the JSON error object, never HTML.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class ErrorShapeTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("POST", "/clients")]
    [InlineData("POST", "/contracts")]
    [InlineData("PUT", "/clients/1")]
    public async Task A_json_route_sent_as_text_plain_answers_415_41501(string method, string path)
    {
        using var api = fixture.Client(Groups.Admin);

        var response = await api.SendRawAsync(new HttpMethod(method), path, "{\"name\":\"x\"}", "text/plain");

        var messages = response.ExpectError(HttpStatusCode.UnsupportedMediaType, 41501, "content_type");
        Assert.Equal("This route accepts application/json, not text/plain", Assert.Single(messages));
        Assert.Equal("Unsupported media type", response["message"].GetString());
    }

    [Fact]
    public async Task An_unknown_route_with_a_text_body_is_still_404()
    {
        using var api = fixture.Client(Groups.Admin);

        (await api.SendRawAsync(HttpMethod.Post, "/nao-existe", "x", "text/plain")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task When_the_database_drops_during_the_token_lookup_the_answer_is_json_50001()
    {
        // A host of its own on a database of its own, which this test drops under the running host.
        var database = await TestDatabase.CreateAsync();
        await using var factory = new ApiAppFactory(database, restoreTo: fixture.Factory.Services);
        string token;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(TifluxAppFactory.AdminEmail);
            token = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(admin!.Id, "teste", default)).Secret;
        }

        using var api = new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), token);
        (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
        await database.DisposeAsync();

        var failed = await api.GetAsync("/users/me");

        Assert.Equal("application/json", failed.Headers["Content-Type"].Split(';')[0]);
        failed.ExpectError(HttpStatusCode.InternalServerError, 50001, "error");
        Assert.Equal("Internal server error", failed["message"].GetString());
    }
}
