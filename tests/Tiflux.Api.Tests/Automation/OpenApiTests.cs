using System.Net;
using System.Text.Json.Nodes;

namespace Tiflux.Api.Tests.Automation;

[Collection(AutomationGroup.Name)]
public sealed class OpenApiTests(AutomationFixture app)
{
    [Fact]
    public async Task The_document_describes_every_automation_route()
    {
        using var response = await app.Admin.GetAsync("/api/v2/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paths"]!.AsObject();
        string[] expected =
        [
            "/api/v2/contract-types", "/api/v2/contracts", "/api/v2/contracts/{id}", "/api/v2/contracts/{id}/riders",
            "/api/v2/loose-services", "/api/v2/loose-services/{id}", "/api/v2/shifts", "/api/v2/shifts/{id}",
            "/api/v2/extra-expenses", "/api/v2/extra-expenses/{id}", "/api/v2/tickets/{ticket_number}/extras",
            "/api/v2/tickets/{ticket_number}/review", "/api/v2/billing/pending", "/api/v2/billing/pending/{client_id}",
            "/api/v2/billings", "/api/v2/billings/{id}", "/api/v2/billings/{id}/reverse", "/api/v2/billings/{id}/pdf",
        ];
        foreach (var path in expected)
        {
            Assert.True(paths.ContainsKey(path), "missing " + path);
        }

        var pending = paths["/api/v2/billing/pending"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("base_date", pending);
        Assert.Contains("scope", pending);
    }
}
