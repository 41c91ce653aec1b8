using Groups = Tiflux.TestKit.Groups;
using System.Net;
using System.Text.Json.Nodes;
using static Tiflux.Api.Tests.Automation.AutomationFixture;

namespace Tiflux.Api.Tests.Automation;

[Collection(AutomationGroup.Name)]
public sealed class BillingTests(AutomationFixture app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonArray> LinesAsync(int client, string query = "") =>
        (await SendAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending/{client}{query}", null, HttpStatusCode.OK)).AsArray();

    [Fact]
    public async Task Pending_lists_clients_with_reviewed_standalone_work_and_explains_each_line()
    {
        var client = await app.CreateClientAsync();
        var ticket = await app.ReviewedTicketAsync(client, minutes: 90);

        using var response = await app.Finance.GetAsync($"/api/v2/billing/pending?client_ids={client}&scope=standalone");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Total-Items").Single());
        var row = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Single()!;
        Assert.Equal(client, row["client"]!["id"].Number());
        Assert.Equal("150.00", row["standalone_total"].Str());
        Assert.Equal("0.00", row["contract_total"].Str());
        Assert.Equal("150.00", row["total"].Str());
        Assert.Equal(1, row["line_count"].Number());

        var line = (await LinesAsync(client)).Single()!;
        Assert.Equal("standalone_entry", line["kind"].Str());
        Assert.Equal(ticket, line["ticket_number"].Number());
        Assert.Null(line["contract"]);
        Assert.Equal("150.00", line["amount"].Str());
        Assert.True(line["billable"]!.GetValue<bool>());
        var explanation = line["explanation"]!;
        Assert.False(string.IsNullOrWhiteSpace(explanation["rule"].Str()));
        Assert.False(string.IsNullOrWhiteSpace(explanation["formula"].Str()));
        Assert.Contains(explanation["facts"]!.AsArray(), f => f!["label"].Str() == "Ticket" && f["value"].Str().Contains($"#{ticket}", StringComparison.Ordinal));
        Assert.NotNull(explanation["entries"]!.AsArray());
        Assert.Equal("h", line["unit"].Str());
        Assert.Equal(1.5m, line["quantity"]!.GetValue<decimal>());
        Assert.Equal("100.00", line["unit_value"].Str());
        Assert.Equal(Iso(Today.AddDays(-1)), line["period_start"].Str());

        Assert.Empty(await LinesAsync(client, "?scope=contracts"));
        Assert.Empty(await LinesAsync(client, $"?base_date={Iso(Today.AddDays(-3))}"));
        await ExpectErrorAsync(app.Finance, HttpMethod.Get, "/api/v2/billing/pending?scope=all&base_date=ontem&client_ids=a", null,
            HttpStatusCode.UnprocessableEntity, 42201, "scope", "base_date", "client_ids");

        // Pending billing is asked at most BillingLimits.PendingMonthsAhead months ahead (bounded work), on both routes.
        var beyond = Iso(Tiflux.Billing.PublicApi.BillingLimits.LatestPendingDate(Today).AddDays(1));
        await ExpectErrorAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending?base_date={beyond}", null, HttpStatusCode.UnprocessableEntity, 42201, "base_date");
        await ExpectErrorAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending/{client}?due_date={beyond}", null, HttpStatusCode.UnprocessableEntity, 42201, "due_date");
        Assert.Empty(await LinesAsync(client, $"?base_date={Iso(Tiflux.Billing.PublicApi.BillingLimits.LatestPendingDate(Today))}&scope=contracts"));
    }

    [Fact]
    public async Task A_billing_is_created_read_reversed_and_printed()
    {
        var client = await app.CreateClientAsync();
        var ticket = await app.ReviewedTicketAsync(client, minutes: 60);
        var line = (await LinesAsync(client)).Single()!;

        var created = await SendAsync(app.Finance, HttpMethod.Post, "/api/v2/billings", new
        {
            client_id = client,
            group_keys = new[] { line["group_key"].Str() },
            billing_date = Iso(Today),
            due_date = Iso(Today.AddDays(10)),
            discount = "10.00",
            interest = 2.5,
            nfe_number = "NF-123",
            observations = "Fechamento via API",
        }, HttpStatusCode.Created);
        var number = created["billing_id"].Number();
        Assert.Equal("92.50", created["real_value"].Str());
        Assert.Empty(await LinesAsync(client));

        var billing = await SendAsync(app.Admin, HttpMethod.Get, $"/api/v2/billings/{number}", null, HttpStatusCode.OK);
        Assert.Equal(number, billing["id"].Number());
        Assert.Equal("billed", billing["state"].Str());
        Assert.Equal("NF-123", billing["nfe_number"].Str());
        Assert.Equal("100.00", billing["items_total"].Str());
        Assert.Equal(Groups.Finance, billing["created_by"].Str());
        Assert.Equal(client, billing["client"]!["id"].Number());
        var billed = billing["lines"]!.AsArray().Single()!;
        Assert.Equal(ticket, billed["ticket_number"].Number());
        Assert.Equal(line["explanation"]!["formula"].Str(), billed["explanation"]!["formula"].Str());

        await ExpectErrorAsync(app.Finance, HttpMethod.Post, "/api/v2/billings",
            new { client_id = client, group_keys = new[] { line["group_key"].Str() }, due_date = Iso(Today.AddDays(10)) },
            HttpStatusCode.UnprocessableEntity, 42202);

        using (var pdf = await app.Finance.GetAsync($"/api/v2/billings/{number}/pdf?layout=detailed_with_appointment"))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        }

        await ExpectErrorAsync(app.Finance, HttpMethod.Get, $"/api/v2/billings/{number}/pdf?layout=fancy", null, HttpStatusCode.UnprocessableEntity, 42201, "layout");
        await ExpectErrorAsync(app.Finance, HttpMethod.Put, $"/api/v2/billings/{number}/reverse", new { }, HttpStatusCode.UnprocessableEntity, 42202, "reason");

        var reversed = await SendAsync(app.Admin, HttpMethod.Put, $"/api/v2/billings/{number}/reverse", new { reason = "NF emitida errada" }, HttpStatusCode.OK);
        Assert.Contains("reversed", reversed["message"].Str(), StringComparison.Ordinal);
        var after = await SendAsync(app.Admin, HttpMethod.Get, $"/api/v2/billings/{number}", null, HttpStatusCode.OK);
        Assert.Equal("reversed", after["state"].Str());
        Assert.Equal("NF emitida errada", after["reversal_reason"].Str());
        var again = (await LinesAsync(client)).Single()!;
        Assert.Equal(line["key"].Str(), again["key"].Str());

        await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/billings/{number}/reverse", new { reason = "de novo" }, HttpStatusCode.UnprocessableEntity, 42202);
    }

    [Fact]
    public async Task Contract_cycles_are_pending_with_excess_hours_explained_by_their_entries_and_billed_by_group()
    {
        var client = await app.CreateClientAsync();
        var start = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2);
        var type = (await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contract-types", new { name = app.Unique("Horas"), modality = "Hours" }, HttpStatusCode.Created))["id"].Number();
        var contract = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", new
        {
            client_id = client,
            contract_type_id = type,
            name = app.Unique("Suporte 1h"),
            billing_timing = "in_arrears",
            start_date = Iso(start),
            rider = new { due_day = 10, value = 500, qtd_hours = "01:00", surplus_hour_value = 120 },
        }, HttpStatusCode.Created);
        var number = contract["id"].Number();
        var ticket = await app.ContractTicketAsync(client, number, start.AddDays(4), minutes: 180);
        await SendAsync(app.Admin, HttpMethod.Put, $"/api/v2/tickets/{ticket}/review", new { approve = true }, HttpStatusCode.OK);

        using (var response = await app.Finance.GetAsync($"/api/v2/billing/pending?client_ids={client}&scope=contracts"))
        {
            var row = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Single()!;
            Assert.Equal("0.00", row["standalone_total"].Str());
            Assert.True(row["contract_total"].Money() >= 740m, row.ToJsonString());
            Assert.NotNull(row["earliest_due_date"]);
        }

        var lines = await LinesAsync(client, "?scope=contracts");
        var excess = lines.Single(l => l!["kind"].Str() == "hours_excess")!;
        Assert.Equal(number, excess["contract"]!["id"].Number());
        Assert.Equal("240.00", excess["amount"].Str());
        var entry = excess["explanation"]!["entries"]!.AsArray().Single()!;
        Assert.Equal(ticket, entry["ticket_number"].Number());
        Assert.Equal(180, entry["raw_minutes"].Number());
        Assert.Equal(Iso(start.AddDays(4)), entry["date"].Str());
        Assert.Contains(lines, l => l!["kind"].Str() == "contract_fee" && l["group_key"].Str() == excess["group_key"].Str());

        var created = await SendAsync(app.Finance, HttpMethod.Post, "/api/v2/billings",
            new { client_id = client, group_keys = new[] { excess["group_key"].Str() }, due_date = Iso(Today.AddDays(3)), scope = "contracts" }, HttpStatusCode.Created);
        Assert.Equal("740.00", created["real_value"].Str());
        var billedLines = created["billing"]!["lines"]!.AsArray();
        Assert.All(billedLines, l => Assert.Equal(number, l!["contract"]!["id"].Number()));
        Assert.Contains(billedLines, l => l!["kind"].Str() == "hours_excess" && l["explanation"]!["entries"]!.AsArray().Count == 1);
        Assert.DoesNotContain(await LinesAsync(client, "?scope=contracts"), l => l!["group_key"].Str() == excess["group_key"].Str());
    }

    [Fact]
    public async Task Bill_all_takes_every_pending_line_and_suggests_observations()
    {
        var client = await app.CreateClientAsync();
        var first = await app.ReviewedTicketAsync(client, minutes: 30);
        var second = await app.ReviewedTicketAsync(client, minutes: 120);
        var created = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/billings",
            new { client_id = client, bill_all = true, due_date = Iso(Today.AddDays(5)), scope = "standalone" }, HttpStatusCode.Created);
        Assert.Equal("250.00", created["real_value"].Str());
        var billing = created["billing"]!;
        Assert.Equal(2, billing["lines"]!.AsArray().Count);
        Assert.Contains(first.ToString(System.Globalization.CultureInfo.InvariantCulture), billing["observations"].Str(), StringComparison.Ordinal);
        Assert.Contains(second.ToString(System.Globalization.CultureInfo.InvariantCulture), billing["observations"].Str(), StringComparison.Ordinal);
        Assert.Empty(await LinesAsync(client));
    }

    [Fact]
    public async Task Bad_billing_input_is_reported_per_field()
    {
        await ExpectErrorAsync(app.Finance, HttpMethod.Post, "/api/v2/billings", new { }, HttpStatusCode.UnprocessableEntity, 42202, "client_id", "due_date", "group_keys");
        await ExpectErrorAsync(app.Finance, HttpMethod.Post, "/api/v2/billings",
            new { client_id = "um", due_date = "amanhã", discount = "dez", group_keys = "abc", scope = "tudo" },
            HttpStatusCode.UnprocessableEntity, 42202, "client_id", "due_date", "discount", "group_keys", "scope");
        await ExpectErrorAsync(app.Finance, HttpMethod.Post, "/api/v2/billings", "not json", HttpStatusCode.BadRequest, 40003);
        await ExpectErrorAsync(app.Finance, HttpMethod.Get, "/api/v2/billings/99999999", null, HttpStatusCode.NotFound, 40401);
        await ExpectErrorAsync(app.Finance, HttpMethod.Get, "/api/v2/billing/pending/99999999", null, HttpStatusCode.NotFound, 40401);
    }

    [Fact]
    public async Task Technicians_may_not_use_billing_routes()
    {
        var client = await app.CreateClientAsync();
        await ExpectErrorAsync(app.Technician, HttpMethod.Get, "/api/v2/billing/pending", null, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Get, $"/api/v2/billing/pending/{client}", null, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Post, "/api/v2/billings", new { client_id = client, bill_all = true }, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Get, "/api/v2/billings/1", null, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Put, "/api/v2/billings/1/reverse", new { reason = "x" }, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Get, "/api/v2/billings/1/pdf", null, HttpStatusCode.Forbidden, 40301);
        using var anonymous = app.Client(null);
        using var response = await anonymous.GetAsync("/api/v2/billing/pending");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
