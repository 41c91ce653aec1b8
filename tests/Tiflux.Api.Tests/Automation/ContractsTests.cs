using Groups = Tiflux.TestKit.Groups;
using System.Net;
using System.Text.Json.Nodes;
using static Tiflux.Api.Tests.Automation.AutomationFixture;

namespace Tiflux.Api.Tests.Automation;

[Collection(AutomationGroup.Name)]
public sealed class ContractsTests(AutomationFixture app)
{
    private static readonly DateOnly Start = new(Today.Year, Today.Month, 1);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> TypeAsync(string modality)
    {
        var type = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contract-types", new { name = app.Unique("Tipo " + modality), modality }, HttpStatusCode.Created);
        Assert.Equal(modality, type["modality"].Str());
        return type["id"].Number();
    }

    private static JsonObject Rider(string modality) => modality switch
    {
        "Hours" => new JsonObject { ["due_day"] = 10, ["value"] = 2400, ["qtd_hours"] = "20:00", ["surplus_hour_value"] = "140.50" },
        "Cumulative Hours" => new JsonObject { ["due_day"] = 10, ["value"] = 2000, ["qtd_hours"] = "10:30", ["surplus_hour_value"] = 120 },
        "Credit" or "Shared" => new JsonObject
        {
            ["due_day"] = 5, ["value"] = 3000, ["tax"] = 250, ["external_value"] = 200, ["remote_value"] = 150, ["internal_value"] = 100,
        },
        "Per ticket" => new JsonObject { ["due_day"] = 15, ["value"] = 900, ["included_tickets"] = 10, ["extra_ticket_value"] = 75 },
        "Saas/Product" => new JsonObject
        {
            ["due_day"] = 20,
            ["items"] = new JsonArray(
                new JsonObject { ["name"] = "Backup em nuvem", ["value"] = "49.90", ["quantity"] = 3 },
                new JsonObject { ["name"] = "Antivírus", ["value"] = 20, ["quantity"] = 10 }),
        },
        _ => new JsonObject { ["due_day"] = 10, ["value"] = "755.90", ["discount_value"] = 10, ["discount_type"] = "percent" },
    };

    private async Task<JsonNode> CreateAsync(string modality, int client, JsonObject? extra = null)
    {
        var body = new JsonObject
        {
            ["client_id"] = client,
            ["contract_type_id"] = await TypeAsync(modality),
            ["name"] = app.Unique("Contrato " + modality),
            ["billing_timing"] = "in_arrears",
            ["billing_days_before"] = 5,
            ["start_date"] = Iso(Start),
            ["cycle_anchor"] = "calendar_month",
            ["technical_observations"] = "Acesso remoto pela VPN",
            ["consumption_reminder"] = new JsonObject { ["notification"] = true, ["percent"] = 80, ["emails"] = "financeiro@cliente.example" },
            ["rider"] = Rider(modality),
        };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", body.ToJsonString(), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("Free")]
    [InlineData("Per ticket")]
    [InlineData("Saas/Product")]
    [InlineData("Hours")]
    [InlineData("Cumulative Hours")]
    [InlineData("Credit")]
    [InlineData("Shared")]
    public async Task Creates_a_contract_of_each_modality_and_reads_it_back(string modality)
    {
        var client = await app.CreateClientAsync();
        var extra = modality switch
        {
            "Shared" => new JsonObject { ["shared_member_client_ids"] = new JsonArray(await app.CreateClientAsync()) },
            "Cumulative Hours" => new JsonObject { ["rollover_cap_hours"] = "40:00", ["rollover_expiry_cycles"] = 3 },
            _ => null,
        };
        var created = await CreateAsync(modality, client, extra);

        Assert.Equal(modality, created["modality"].Str());
        Assert.Equal(client, created["client"]!["id"].Number());
        Assert.Equal(modality, created["contract_type"]!["modality"].Str());
        Assert.Equal("in_arrears", created["billing_timing"].Str());
        Assert.Equal(Iso(Start), created["start_date"].Str());
        Assert.Equal(80, created["consumption_reminder"]!["percent"].Number());
        var rider = created["last_rider"]!;
        Assert.Equal(1, created["rider_count"].Number());
        Assert.Equal("Administrador", rider["created_by"].Str());
        switch (modality)
        {
            case "Hours":
                Assert.Equal("20:00", rider["qtd_hours"].Str());
                Assert.Equal("140.50", rider["surplus_hour_value"].Str());
                Assert.Equal("2400.00", rider["value"].Str());
                Assert.Null(rider["tax"]);
                break;
            case "Cumulative Hours":
                Assert.Equal("10:30", rider["qtd_hours"].Str());
                Assert.Equal("40:00", created["rollover_cap_hours"].Str());
                Assert.Equal(3, created["rollover_expiry_cycles"].Number());
                break;
            case "Credit":
            case "Shared":
                Assert.Equal("250.00", rider["tax"].Str());
                Assert.Equal("150.00", rider["remote_value"].Str());
                Assert.Null(rider["qtd_hours"]);
                Assert.Equal(modality == "Shared" ? 1 : 0, created["shared_member_client_ids"]!.AsArray().Count);
                break;
            case "Per ticket":
                Assert.Equal(10, rider["included_tickets"].Number());
                Assert.Equal("75.00", rider["extra_ticket_value"].Str());
                break;
            case "Saas/Product":
                Assert.Equal(2, rider["items"]!.AsArray().Count);
                Assert.Equal("349.70", rider["value"].Str());
                Assert.Equal("149.70", rider["items"]![0]!["total"].Str());
                break;
            default:
                Assert.Equal("755.90", rider["value"].Str());
                Assert.Equal("percent", rider["discount_type"].Str());
                Assert.Null(rider["items"]);
                break;
        }

        var read = await SendAsync(app.Finance, HttpMethod.Get, $"/api/v2/contracts/{created["id"].Number()}", null, HttpStatusCode.OK);
        Assert.Equal(created.ToJsonString(), read.ToJsonString());
    }

    [Fact]
    public async Task Contract_types_are_listed_and_an_unknown_modality_is_refused()
    {
        var id = await TypeAsync("Hours");
        using var response = await app.Admin.GetAsync("/api/v2/contract-types?limit=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Items").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Contains(list, t => t!["id"].Number() == id);

        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contract-types", new { name = "X", modality = "Livre" }, HttpStatusCode.UnprocessableEntity, 42202, "modality");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contract-types", new { }, HttpStatusCode.UnprocessableEntity, 42202, "name", "modality");
    }

    [Fact]
    public async Task Adds_a_rider_version_and_refuses_an_overlapping_one()
    {
        var created = await CreateAsync("Hours", await app.CreateClientAsync());
        var id = created["id"].Number();
        var next = Start.AddMonths(2);
        var added = await SendAsync(app.Finance, HttpMethod.Post, $"/api/v2/contracts/{id}/riders",
            new { start_date = Iso(next), due_day = 12, value = 2600, qtd_hours = "25:00", surplus_hour_value = 150, description = "Reajuste IPCA" },
            HttpStatusCode.Created);
        Assert.Equal(2, added["rider_count"].Number());
        var rider = added["last_rider"]!;
        Assert.Equal("2600.00", rider["value"].Str());
        Assert.Equal("25:00", rider["qtd_hours"].Str());
        Assert.Equal("Reajuste IPCA", rider["description"].Str());
        Assert.Equal(Iso(next), rider["start_date"].Str());
        Assert.Equal(Groups.Finance, rider["created_by"].Str());

        await ExpectErrorAsync(app.Finance, HttpMethod.Post, $"/api/v2/contracts/{id}/riders",
            new { start_date = Iso(next), due_day = 12, value = 2700, qtd_hours = "25:00", surplus_hour_value = 150 },
            HttpStatusCode.UnprocessableEntity, 42202, "start_date");
        await ExpectErrorAsync(app.Finance, HttpMethod.Post, "/api/v2/contracts/999999/riders",
            new { start_date = Iso(next), due_day = 12 }, HttpStatusCode.NotFound, 40401);
    }

    [Fact]
    public async Task Missing_fields_are_reported_with_their_keys()
    {
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", new { }, HttpStatusCode.UnprocessableEntity, 42202,
            "client_id", "contract_type_id", "name", "start_date", "rider");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts",
            new { client_id = await app.CreateClientAsync(), contract_type_id = await TypeAsync("Free"), name = "Sem adendo", start_date = "2026-01-01", rider = (object?)null },
            HttpStatusCode.UnprocessableEntity, 42202, "rider");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", new { rider = "mensal" }, HttpStatusCode.UnprocessableEntity, 42202, "rider");
    }

    [Fact]
    public async Task Module_validation_is_reported_under_snake_case_fields()
    {
        var body = new JsonObject
        {
            ["client_id"] = await app.CreateClientAsync(),
            ["contract_type_id"] = await TypeAsync("Hours"),
            ["name"] = "Sem horas",
            ["start_date"] = Iso(Start),
            ["billing_days_before"] = 40,
            ["rider"] = new JsonObject { ["due_day"] = 31, ["value"] = 100 },
        };
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", body.ToJsonString(), HttpStatusCode.UnprocessableEntity, 42202,
            "billing_days_before", "rider.due_day", "rider.qtd_hours", "rider.surplus_hour_value");
    }

    [Fact]
    public async Task Wrong_types_and_malformed_json_are_refused()
    {
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts",
            new { client_id = "abc", contract_type_id = 1, name = "X", start_date = "31/02/2026", billing_timing = "monthly", rider = new { due_day = "dez", value = "caro" } },
            HttpStatusCode.UnprocessableEntity, 42202, "client_id", "start_date", "billing_timing", "rider.due_day", "rider.value");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", "{\"client_id\": 1,", HttpStatusCode.BadRequest, 40003);
    }

    [Fact]
    public async Task Technicians_may_not_set_up_contracts()
    {
        await ExpectErrorAsync(app.Technician, HttpMethod.Post, "/api/v2/contracts", new { }, HttpStatusCode.Forbidden, 40301);
        await ExpectErrorAsync(app.Technician, HttpMethod.Get, "/api/v2/contract-types", null, HttpStatusCode.Forbidden, 40301);
    }
}
