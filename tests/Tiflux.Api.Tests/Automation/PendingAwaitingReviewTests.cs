using System.Net;
using System.Text.Json.Nodes;
using static Tiflux.Api.Tests.Automation.AutomationFixture;

namespace Tiflux.Api.Tests.Automation;

/// <summary>GET /billing/pending says what awaits review per client (issue 18, item 7).</summary>
[Collection(AutomationGroup.Name)]
public sealed class PendingAwaitingReviewTests(AutomationFixture app)
{
    private async Task<JsonArray> RowsAsync(string query) =>
        (await SendAsync(app.Finance, HttpMethod.Get, "/api/v2/billing/pending" + query, null, HttpStatusCode.OK)).AsArray();

    [Fact]
    public async Task Work_awaiting_review_is_listed_with_its_value_and_moves_to_the_totals_once_reviewed()
    {
        var client = await app.CreateClientAsync();
        var ticket = await app.TicketAwaitingReviewAsync(client, minutes: 90);

        var row = (await RowsAsync($"?client_ids={client}")).Single()!;
        Assert.Equal(client, row["client"]!["id"].Number());
        Assert.Equal("0.00", row["total"].Str());
        Assert.Equal(0, row["line_count"].Number());
        var awaiting = row["awaiting_review"]!;
        Assert.Equal(1, awaiting["tickets"].Number());
        Assert.Equal(1, awaiting["standalone_items"].Number());
        Assert.Equal("150.00", awaiting["value"].Str());
        Assert.Equal(0, awaiting["contract_entries"].Number());
        Assert.Equal(ticket, awaiting["ticket_numbers"]!.AsArray().Single().Number());

        // Contract scope: standalone work awaiting review is out of scope, and the client has nothing else.
        Assert.Empty(await RowsAsync($"?client_ids={client}&scope=contracts"));

        await SendAsync(app.Admin, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = true }, HttpStatusCode.OK);
        row = (await RowsAsync($"?client_ids={client}")).Single()!;
        Assert.Equal("150.00", row["standalone_total"].Str());
        Assert.Equal(1, row["line_count"].Number());
        Assert.Equal(0, row["awaiting_review"]!["tickets"].Number());
        Assert.Equal("0.00", row["awaiting_review"]!["value"].Str());
        Assert.Empty(row["awaiting_review"]!["ticket_numbers"]!.AsArray());
    }

    [Fact]
    public async Task The_document_describes_the_awaiting_review_fields_and_reference_dates()
    {
        using var response = await app.Admin.GetAsync("/api/v2/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var get = document["paths"]!["/billing/pending"]!["get"]!;
        Assert.Contains("review date", get["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("entry date", get["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var text = document.ToJsonString();
        Assert.Contains("\"awaiting_review\"", text, StringComparison.Ordinal);
        Assert.Contains("\"standalone_items\"", text, StringComparison.Ordinal);
        Assert.Contains("\"contract_minutes\"", text, StringComparison.Ordinal);
    }
}
