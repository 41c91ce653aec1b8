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
            "/contract-types", "/contracts", "/contracts/{id}", "/contracts/{id}/riders",
            "/contracts/readjustments", "/contracts/{id}/cancel",
            "/loose-services", "/loose-services/{id}", "/shifts", "/shifts/{id}",
            "/extra-expenses", "/extra-expenses/{id}", "/tickets/{ticket_number}/extras",
            "/tickets/{ticket_number}/review", "/billing/pending", "/billing/pending/{client_id}",
            "/billings", "/billings/{id}", "/billings/{id}/reverse", "/billings/{id}/pdf",
        ];
        foreach (var path in expected)
        {
            Assert.True(paths.ContainsKey(path), "missing " + path);
        }

        var pending = paths["/billing/pending"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("base_date", pending);
        Assert.Contains("scope", pending);

        var readjustments = paths["/contracts/readjustments"]!.AsObject();
        Assert.True(readjustments.ContainsKey("get") && readjustments.ContainsKey("post"), readjustments.ToJsonString());
        Assert.Contains("month", readjustments["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.True(paths["/contracts/{id}/cancel"]!.AsObject().ContainsKey("put"));
    }
}
