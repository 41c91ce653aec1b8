using System.Net;
using System.Text.Json;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Conventions;

[Collection(ApiTestGroup.Name)]
public sealed class ConventionTests(ApiFixture fixture)
{
    private static readonly string[] NotAString = ["x"];

    [Theory]
    [InlineData("limit=0", "limit", "must be greater than 0")]
    [InlineData("limit=201", "limit", "must be less than or equal to 200")]
    [InlineData("limit=99999999999", "limit", "is not a number")]
    [InlineData("offset=0", "offset", "must be greater than 0")]
    [InlineData("limit=abc", "limit", "is not a number")]
    [InlineData("active=1", "active", "1 is not a valid option. Active must be 'true' or 'false'")]
    public async Task Bad_query_values_answer_42201_with_the_documented_texts(string query, string field, string message)
    {
        using var api = fixture.Client(Groups.Admin);
        var messages = (await api.GetAsync("/clients?" + query)).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, field);
        Assert.Contains(message, messages);
    }

    [Theory]
    [InlineData("desk_ids=1,a", "must be a comma-separated list of integers")]
    [InlineData("desk_ids=1,1", "cannot contain duplicate values")]
    [InlineData("desk_ids=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16", "cannot have more than 15 items")]
    public async Task Id_lists_are_checked(string query, string message)
    {
        using var api = fixture.Client(Groups.Admin);
        var messages = (await api.GetAsync("/tickets?" + query)).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "desk_ids");
        Assert.Contains(message, messages);
    }

    [Fact]
    public async Task Offset_is_a_page_number_and_the_total_ignores_paging()
    {
        using var api = fixture.Client(Groups.Admin);
        var all = (await api.GetAsync("/tickets?filter_by=all&limit=200")).Expect(HttpStatusCode.OK);
        var total = all.TotalItems;
        Assert.Equal(total, all.Json.GetArrayLength());
        Assert.True(total >= 3);

        var first = (await api.GetAsync("/tickets?filter_by=all&limit=2&offset=1")).Expect(HttpStatusCode.OK);
        var second = (await api.GetAsync("/tickets?filter_by=all&limit=2&offset=2")).Expect(HttpStatusCode.OK);
        var beyond = (await api.GetAsync("/tickets?filter_by=all&limit=2&offset=1000")).Expect(HttpStatusCode.OK);
        Assert.Equal(total, first.TotalItems);
        Assert.Equal(total, beyond.TotalItems);
        Assert.Equal(0, beyond.Json.GetArrayLength());
        var expected = all.Json.EnumerateArray().Skip(2).Take(2).Select(t => t.GetProperty("ticket_number").GetInt32());
        Assert.Equal(expected, second.Json.EnumerateArray().Select(t => t.GetProperty("ticket_number").GetInt32()));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_and_changes_nothing()
    {
        using var api = fixture.Client(Groups.Admin);
        var before = (await api.GetAsync("/clients?limit=200")).TotalItems;
        var response = await api.SendRawAsync(HttpMethod.Post, "/clients", "{\"name\": \"Quebrado\", ", "application/json");
        response.ExpectError(HttpStatusCode.BadRequest, 40003, "error");
        var array = await api.SendRawAsync(HttpMethod.Post, "/clients", "[1,2]", "application/json");
        array.ExpectError(HttpStatusCode.BadRequest, 40003, "error");
        Assert.Equal(before, (await api.GetAsync("/clients?limit=200")).TotalItems);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_before_reading()
    {
        using var api = fixture.Client(Groups.Admin);
        var huge = "{\"name\":\"" + new string('a', 2 * 1024 * 1024) + "\"}";
        var response = await api.SendRawAsync(HttpMethod.Post, "/clients", huge, "application/json");
        response.ExpectError(HttpStatusCode.RequestEntityTooLarge, 41301, "error");
    }

    [Fact]
    public async Task Wrong_types_are_field_errors_not_server_errors()
    {
        using var api = fixture.Client(Groups.Admin);
        var response = await api.PostAsync($"/tickets/{fixture.OpenTicket}/appointments", new
        {
            date = "ontem", init_time = "25:00", end_time = 7, description = NotAString, attendance = "remoto", attendance_kind = true,
        });
        response.Expect(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(42202, response["error_code"].GetInt32());
        var detail = response["detail"];
        foreach (var field in new[] { "date", "init_time", "end_time", "description", "attendance" })
        {
            Assert.True(detail.TryGetProperty(field, out _), $"{field} missing in {detail}");
        }
    }

    [Fact]
    public async Task Unknown_routes_answer_the_error_object()
    {
        using var api = fixture.Client(Groups.Admin);
        (await api.GetAsync("/nothing-here")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Unknown_body_fields_are_ignored_and_lenient_booleans_accepted()
    {
        using var api = fixture.Client(Groups.Admin);
        var created = (await api.PostAsync("/clients", new { name = "Loja Lenient", social = "Loja Lenient Ltda", social_revenue = "529.982.247-25", created_at = "2020-01-01", status = "f", foo = 1 }))
            .Expect(HttpStatusCode.Created);
        Assert.False(created["status"].GetBoolean());
        var id = created["id"].GetInt32();
        var reactivated = (await api.PutAsync($"/clients/{id}", new { status = 1 })).Expect(HttpStatusCode.OK);
        Assert.True(reactivated["status"].GetBoolean());
    }

    [Fact]
    public async Task Every_answer_carries_rate_limit_headers()
    {
        using var api = fixture.Client(Groups.Admin);
        var response = await api.GetAsync("/users/me");
        Assert.Equal("100000", response.Headers["RateLimit-Limit"]);
        Assert.True(int.Parse(response.Headers["RateLimit-Remaining"], System.Globalization.CultureInfo.InvariantCulture) < 100_000);
        Assert.True(DateTimeOffset.TryParse(response.Headers["RateLimit-Reset"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
        Assert.StartsWith("application/json", response.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_surface()
    {
        using var api = fixture.Client(Groups.Technician);
        var response = await api.GetAsync("/openapi.json");
        response.Expect(HttpStatusCode.OK);
        var paths = response["paths"];
        foreach (var path in new[] { "/users/me", "/clients", "/contracts", "/tickets", "/tickets/{ticket_number}/appointments", "/appointments", "/reports/billings/history" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.False(paths.TryGetProperty("/anexos/{token}", out _));
        var contractProperties = response["components"].GetProperty("schemas").GetProperty("ContractListItem").GetProperty("properties");
        Assert.True(contractProperties.TryGetProperty("total_value", out _));
        Assert.Equal(JsonValueKind.Object, response["components"].GetProperty("securitySchemes").GetProperty("BearerAuth").ValueKind);
    }
}
