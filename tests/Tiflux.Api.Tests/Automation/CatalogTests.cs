using System.Net;
using System.Text.Json.Nodes;
using static Tiflux.Api.Tests.Automation.AutomationFixture;

namespace Tiflux.Api.Tests.Automation;

[Collection(AutomationGroup.Name)]
public sealed class CatalogTests(AutomationFixture app)
{
    private static async Task<JsonArray> ListAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Total-Items"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    [Fact]
    public async Task Loose_services_are_created_listed_and_updated()
    {
        var client = await app.CreateClientAsync();
        var name = app.Unique("Suporte");
        var created = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/loose-services",
            new { name, client_id = client, external_value = 180, remote_value = "120.5", internal_value = 90 }, HttpStatusCode.Created);
        Assert.Equal("120.50", created["remote_value"].Str());
        Assert.Equal(client, created["client_id"].Number());
        Assert.True(created["active"]!.GetValue<bool>());
        var id = created["id"].Number();

        Assert.Contains(await ListAsync(app.Finance, "/api/v2/loose-services?limit=200"), s => s!["id"].Number() == id && s["name"].Str() == name);

        var updated = await SendAsync(app.Finance, HttpMethod.Put, $"/api/v2/loose-services/{id}", new { internal_value = 95, active = false }, HttpStatusCode.OK);
        Assert.Equal("95.00", updated["internal_value"].Str());
        Assert.Equal("180.00", updated["external_value"].Str());
        Assert.False(updated["active"]!.GetValue<bool>());

        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/loose-services", new { name = "Sem valores" }, HttpStatusCode.UnprocessableEntity, 42202,
            "external_value", "remote_value", "internal_value");
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, "/api/v2/loose-services/987654", new { }, HttpStatusCode.NotFound, 40401);
    }

    [Fact]
    public async Task Shifts_are_created_for_all_a_client_or_a_contract()
    {
        var client = await app.CreateClientAsync();
        var all = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/shifts", new { name = app.Unique("Centro"), value = 45 }, HttpStatusCode.Created);
        Assert.Equal("All", all["reference"].Str());
        Assert.Equal("45.00", all["value"].Str());

        var own = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/shifts",
            new { name = app.Unique("Filial"), value = "60.00", reference = "Client", client_id = client }, HttpStatusCode.Created);
        Assert.Equal("Client", own["reference"].Str());
        Assert.Equal(client, own["client_id"].Number());

        var list = await ListAsync(app.Admin, "/api/v2/shifts?limit=200");
        Assert.Contains(list, s => s!["id"].Number() == own["id"].Number());

        var renamed = await SendAsync(app.Admin, HttpMethod.Put, $"/api/v2/shifts/{all["id"].Number()}", new { value = 50 }, HttpStatusCode.OK);
        Assert.Equal("50.00", renamed["value"].Str());
        Assert.Equal(all["name"].Str(), renamed["name"].Str());

        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/shifts", new { name = "X", value = 1, reference = "Everyone" },
            HttpStatusCode.UnprocessableEntity, 42202, "reference");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/shifts", new { name = "X", value = 1, reference = "Contract", contract_id = 999999 },
            HttpStatusCode.UnprocessableEntity, 42202, "contract_id");
    }

    [Fact]
    public async Task Extra_expenses_are_created_listed_and_updated()
    {
        var name = app.Unique("Cabo de rede");
        var created = await SendAsync(app.Finance, HttpMethod.Post, "/api/v2/extra-expenses",
            new { name, unit_value = 12.3, description = "Cat6 por metro" }, HttpStatusCode.Created);
        Assert.Equal("12.30", created["unit_value"].Str());
        var id = created["id"].Number();
        Assert.Contains(await ListAsync(app.Finance, "/api/v2/extra-expenses?limit=200"), e => e!["id"].Number() == id);

        var updated = await SendAsync(app.Finance, HttpMethod.Put, $"/api/v2/extra-expenses/{id}", new { unit_value = "13" }, HttpStatusCode.OK);
        Assert.Equal("13.00", updated["unit_value"].Str());
        Assert.Equal("Cat6 por metro", updated["description"].Str());

        await ExpectErrorAsync(app.Finance, HttpMethod.Post, "/api/v2/extra-expenses", new { name = "", unit_value = "muito" },
            HttpStatusCode.UnprocessableEntity, 42202, "name", "unit_value");
    }

    [Fact]
    public async Task Technicians_may_not_manage_catalogs()
    {
        await ExpectErrorAsync(app.Technician, HttpMethod.Get, "/api/v2/loose-services", null, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Post, "/api/v2/shifts", new { name = "X", value = 1 }, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Post, "/api/v2/extra-expenses", new { name = "X", unit_value = 1 }, HttpStatusCode.Forbidden, 40301);
    }
}
