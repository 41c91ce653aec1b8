using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests;

/// <summary>
/// The issue's "done when": a Tiflux API v2 client (requests shaped exactly as the official MCP client sends them,
/// api-v2.md §4) lists contracts, tickets and appointments, creates an appointment and reads billing history with
/// nothing changed but the base URL and the token.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed partial class McpClientCompatibilityTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_unchanged_tiflux_client_works_against_our_base_url()
    {
        var token = await fixture.IssueTokenAsync(Tiflux.TestKit.TifluxAppFactory.AdminEmail);
        using var http = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost/api/v2/") });

        // list_contracts
        var contracts = await CallAsync(http, token, HttpMethod.Get, "contracts?limit=20&offset=1");
        Assert.True(contracts.Total >= 1);
        var contract = contracts.Body.EnumerateArray().First();
        foreach (var field in new[] { "id", "name", "modality", "status", "cancelled", "expiration_date", "readjustment_date", "total_value", "duration", "readjust_duration", "rider_value", "rider_tax" })
        {
            Assert.True(contract.TryGetProperty(field, out _), field);
        }

        Assert.Equal(JsonValueKind.String, contract.GetProperty("client").GetProperty("name").ValueKind);
        Assert.Matches(MoneyPattern(), contract.GetProperty("total_value").GetString()!);

        // list_tickets (the MCP always sends is_closed) and the desk lookup it uses to resolve names
        var desks = await CallAsync(http, token, HttpMethod.Get, "desks?active=true&name=Suporte");
        var deskId = desks.Body.EnumerateArray().Single().GetProperty("id").GetInt32();
        var tickets = await CallAsync(http, token, HttpMethod.Get, $"tickets?offset=1&limit=20&filter_by=open&is_closed=false&desk_ids={deskId}");
        Assert.Contains(tickets.Body.EnumerateArray(), t => t.GetProperty("ticket_number").GetInt32() == fixture.OpenTicket);
        var probe = await CallAsync(http, token, HttpMethod.Get, "tickets?filter_by=all&is_closed=false&limit=1");
        Assert.True(probe.Total >= 3);

        // get_ticket_service_types + create_appointment (integers as numbers) + list_appointments
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var types = await CallAsync(http, token, HttpMethod.Get, $"tickets/{fixture.OpenTicket}/service-types?date={today}");
        var loose = types.Body.GetProperty("loose_services").EnumerateArray().First().GetProperty("id").GetInt32();
        var created = await CallAsync(http, token, HttpMethod.Post, $"tickets/{fixture.OpenTicket}/appointments", new Dictionary<string, object>
        {
            ["date"] = today, ["init_time"] = "07:00", ["end_time"] = "07:45", ["description"] = "Atendimento via MCP",
            ["attendance"] = 2, ["attendance_kind"] = 1, ["loose_service_id"] = loose,
        }, HttpStatusCode.Created);
        Assert.Equal("Atendimento via MCP", created.Body.GetProperty("description").GetString());
        Assert.Equal("90.00", created.Body.GetProperty("value").GetString()); // 45 min remote at R$ 120,00/h

        var appointments = await CallAsync(http, token, HttpMethod.Get, $"tickets/{fixture.OpenTicket}/appointments?offset=1&limit=20");
        var listed = appointments.Body.EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == created.Body.GetProperty("id").GetInt32());
        Assert.Equal("Loose", listed.GetProperty("valorization").GetProperty("attendance_kind").GetString());
        var report = await CallAsync(http, token, HttpMethod.Get, $"appointments?offset=1&limit=200&start_date={today}&end_date={today}&include_valorization=true");
        Assert.Contains(report.Body.EnumerateArray(), a => a.GetProperty("ticket").GetProperty("number").GetInt32() == fixture.OpenTicket);

        // get_billings_history, after Finance bills a client's reviewed work
        var (ownClient, _) = await fixture.ClientWithReviewedWorkAsync("Mercado Compatível");
        var billing = await fixture.In<IBillingWorkflow, Result<BillingCreatedDto>>(b => b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(ownClient, new PendingRequest(ApiFixture.Yesterday.AddDays(1), null, [ownClient], PendingScope.Standalone), [], true), null,
            ApiFixture.Yesterday, ApiFixture.Yesterday.AddDays(10), 0m, 0m, "2025061", "Fechamento", [], "financeiro"), default));
        Assert.True(billing.IsSuccess, string.Join("; ", billing.Errors.Select(e => e.Message)));
        // A billing made outside the API is found by its number on our own routes too (no answer has named it yet).
        using (var finance = fixture.Client(Groups.Finance))
        {
            var detail = (await finance.GetAsync($"/billings/{billing.Value.Number}")).Expect(HttpStatusCode.OK);
            Assert.Equal(billing.Value.Number, detail["id"].GetInt32());
            (await finance.GetAsync("/billings/999999")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        }

        var clients = await CallAsync(http, token, HttpMethod.Get, "clients?active=true&name=Compat%C3%ADvel");
        var clientId = clients.Body.EnumerateArray().Single().GetProperty("id").GetInt32();
        var history = await CallAsync(http, token, HttpMethod.Get, $"reports/billings/history?limit=15&offset=1&client_id={clientId}&_type=billed");
        var row = history.Body.EnumerateArray().Single(b => b.GetProperty("billing_id").GetInt32() == billing.Value.Number);
        Assert.Equal(billing.Value.RealValue.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), row.GetProperty("real_value").GetString());
        Assert.Equal("2025061", row.GetProperty("nfe_number").GetString());
        Assert.False(row.GetProperty("paid").GetBoolean());
        Assert.False(row.GetProperty("reversal").GetBoolean());

        // The MCP's error parsing: JSON with "error_code" and a "detail" object.
        using var bad = Request(HttpMethod.Get, "tickets/0", token);
        using var response = await http.SendAsync(bad);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches("\"error_code\"\\s*:\\s*\"?(\\d+)\"?", raw);
        Assert.StartsWith("{", raw[raw.IndexOf("\"detail\"", StringComparison.Ordinal)..].Split(':', 2)[1].TrimStart(), StringComparison.Ordinal);
    }

    private static async Task<(JsonElement Body, int Total)> CallAsync(
        HttpClient http, string token, HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = Request(method, path, token);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        Assert.Contains("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var total = response.Headers.TryGetValues("x-total-items", out var values) ? int.Parse(values.Single(), System.Globalization.CultureInfo.InvariantCulture) : -1;
        return (JsonDocument.Parse(text).RootElement.Clone(), total);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("authorization", "Bearer " + token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.ParseAdd("TiFlux-MCP-server/1.4.0 (node/22.11.0)");
        return request;
    }

    [GeneratedRegex(@"^\d+\.\d{2}$")]
    private static partial Regex MoneyPattern();
}
