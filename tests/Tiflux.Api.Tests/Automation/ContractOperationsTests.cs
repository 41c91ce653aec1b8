using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static Tiflux.Api.Tests.Automation.AutomationFixture;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Automation;

/// <summary>Price adjustments (GET/POST /contracts/readjustments) and cancellation (PUT /contracts/{id}/cancel).</summary>
[Collection(AutomationGroup.Name)]
public sealed class ContractOperationsTests(AutomationFixture app)
{
    private static readonly DateOnly Start = new(Today.Year, Today.Month, 1);

    /// <summary>The scheduled adjustment of the contracts made here: the first day of next month.</summary>
    private static readonly DateOnly Due = Start.AddMonths(1);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A contract starting this month with an adjustment every 12 months, the first one on <see cref="Due"/> (none when <paramref name="scheduled"/> is false).</summary>
    private async Task<JsonNode> ContractAsync(string modality = "Hours", bool scheduled = true)
    {
        var type = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contract-types", new { name = app.Unique("Tipo " + modality), modality }, HttpStatusCode.Created);
        var rider = modality == "Hours"
            ? new JsonObject { ["due_day"] = 10, ["value"] = 2400, ["qtd_hours"] = "20:00", ["surplus_hour_value"] = "140.50" }
            : new JsonObject { ["due_day"] = 10, ["value"] = "755.90", ["discount_value"] = 10, ["discount_type"] = "percent" };
        var body = new JsonObject
        {
            ["client_id"] = await app.CreateClientAsync(),
            ["contract_type_id"] = type["id"].Number(),
            ["name"] = app.Unique("Contrato reajuste"),
            ["start_date"] = Iso(Start),
            ["rider"] = rider,
        };
        if (scheduled)
        {
            body["readjust_duration"] = 12;
            body["readjustment_date"] = Iso(Due);
        }

        var created = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", body.ToJsonString(), HttpStatusCode.Created);
        Assert.Equal(scheduled ? Iso(Due) : "<null>", created["readjustment_date"].Str());
        return created;
    }

    private async Task<JsonNode> GetAsync(int id) => await SendAsync(app.Admin, HttpMethod.Get, $"/api/v2/contracts/{id}", null, HttpStatusCode.OK);

    [Fact]
    public async Task Lists_the_contracts_due_for_adjustment_in_a_month()
    {
        var contract = await ContractAsync();
        var id = contract["id"].Number();

        using var response = await app.Finance.GetAsync($"/api/v2/contracts/readjustments?month={MonthOf(Due)}&limit=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Items").Single(), CultureInfo.InvariantCulture) >= 1);
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var row = list.Single(r => r!["id"].Number() == id)!;
        Assert.Equal(contract["name"].Str(), row["name"].Str());
        Assert.Equal(contract["client"]!["id"].Number(), row["client"]!["id"].Number());
        Assert.Equal(contract["client"]!["name"].Str(), row["client"]!["name"].Str());
        Assert.Equal("Hours", row["modality"].Str());
        Assert.Equal("actives", row["status"].Str());
        Assert.Equal(Iso(Due), row["readjustment_date"].Str());
        Assert.Equal("2400.00", row["current_value"].Str());

        var other = (await SendAsync(app.Admin, HttpMethod.Get, $"/api/v2/contracts/readjustments?month={MonthOf(Due.AddMonths(1))}&limit=200", null, HttpStatusCode.OK)).AsArray();
        Assert.DoesNotContain(other, r => r!["id"].Number() == id);

        await ExpectErrorAsync(app.Admin, HttpMethod.Get, "/api/v2/contracts/readjustments?month=2026-13", null, HttpStatusCode.UnprocessableEntity, 42201, "month");
        await ExpectErrorAsync(app.Admin, HttpMethod.Get, "/api/v2/contracts/readjustments?month=9999-12", null, HttpStatusCode.UnprocessableEntity, 42201, "month");
    }

    [Fact]
    public async Task A_percent_adjustment_creates_a_scaled_rider_and_moves_the_next_adjustment()
    {
        var id = (await ContractAsync())["id"].Number();

        var applied = await SendAsync(app.Finance, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = new[] { id }, percent = "10", index_name = "IPCA" }, HttpStatusCode.Created);

        Assert.Equal(1, applied["adjusted_count"].Number());
        var contract = applied["contracts"]!.AsArray().Single()!;
        Assert.Equal(id, contract["id"].Number());
        Assert.Equal(2, contract["rider_count"].Number());
        Assert.Equal(Iso(Due.AddMonths(12)), contract["readjustment_date"].Str());
        var rider = contract["last_rider"]!;
        Assert.Equal(2, rider["release"].Number());
        Assert.Equal(Iso(Due), rider["start_date"].Str());
        Assert.Equal("2640.00", rider["value"].Str());
        Assert.Equal("154.55", rider["surplus_hour_value"].Str());
        Assert.Equal("20:00", rider["qtd_hours"].Str());
        Assert.Equal("Reajuste IPCA 10%", rider["description"].Str());
        Assert.Equal(Groups.Finance, rider["created_by"].Str());
        Assert.Equal(contract.ToJsonString(), (await GetAsync(id)).ToJsonString());

        // The adjustment moved the schedule: the contract is no longer due in that month.
        var due = (await SendAsync(app.Admin, HttpMethod.Get, $"/api/v2/contracts/readjustments?month={MonthOf(Due)}&limit=200", null, HttpStatusCode.OK)).AsArray();
        Assert.DoesNotContain(due, r => r!["id"].Number() == id);
    }

    [Fact]
    public async Task A_new_value_adjustment_changes_only_the_rider_value()
    {
        var id = (await ContractAsync("Free"))["id"].Number();

        var applied = await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = new[] { id }, new_value = 800, index_name = "Negociado" }, HttpStatusCode.Created);

        Assert.Equal(1, applied["adjusted_count"].Number());
        var rider = applied["contracts"]![0]!["last_rider"]!;
        Assert.Equal("800.00", rider["value"].Str());
        Assert.Equal("10.00", rider["discount_value"].Str());
        Assert.Equal("percent", rider["discount_type"].Str());
        Assert.Equal(Iso(Due), rider["start_date"].Str());
        Assert.Equal("Reajuste Negociado: novo valor", rider["description"].Str());
        Assert.Equal(Iso(Due.AddMonths(12)), applied["contracts"]![0]!["readjustment_date"].Str());
    }

    [Fact]
    public async Task Percent_and_new_value_together_or_neither_are_refused_with_the_module_message()
    {
        var id = (await ContractAsync())["id"].Number();

        var both = await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = new[] { id }, percent = 5, new_value = 2500, index_name = "IGP-M" }, HttpStatusCode.UnprocessableEntity, 42202, "percent");
        Assert.Equal("Informe um percentual ou um novo valor (apenas um).", both["detail"]!["percent"]![0].Str());
        var neither = await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = new[] { id }, index_name = "IGP-M" }, HttpStatusCode.UnprocessableEntity, 42202, "percent");
        Assert.Equal("Informe um percentual ou um novo valor (apenas um).", neither["detail"]!["percent"]![0].Str());
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = Array.Empty<int>(), percent = 5 }, HttpStatusCode.UnprocessableEntity, 42202, "contract_ids", "index_name");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = "todos", percent = "cinco", index_name = "IGP-M" }, HttpStatusCode.UnprocessableEntity, 42202, "contract_ids", "percent");
        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments", "{\"percent\": 5,", HttpStatusCode.BadRequest, 40003);

        Assert.Equal(1, (await GetAsync(id))["rider_count"].Number());
    }

    [Fact]
    public async Task Unknown_or_unadjustable_contracts_refuse_the_whole_adjustment()
    {
        var id = (await ContractAsync())["id"].Number();
        var unscheduled = (await ContractAsync(scheduled: false))["id"].Number();

        var unknown = await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = new[] { id, 99999999 }, percent = 5, index_name = "IPCA" }, HttpStatusCode.UnprocessableEntity, 42202, "contract_ids");
        Assert.Contains("99999999", unknown["detail"]!["contract_ids"]![0].Str(), StringComparison.Ordinal);

        // All or nothing, as the module does: one contract without a scheduled adjustment refuses the other one too.
        var refused = await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts/readjustments",
            new { contract_ids = new[] { id, unscheduled }, percent = 5, index_name = "IPCA" }, HttpStatusCode.UnprocessableEntity, 42202, "contract_ids");
        Assert.Contains("não tem reajuste agendado", refused["detail"]!["contract_ids"]![0].Str(), StringComparison.Ordinal);

        var untouched = await GetAsync(id);
        Assert.Equal(1, untouched["rider_count"].Number());
        Assert.Equal(Iso(Due), untouched["readjustment_date"].Str());
    }

    [Fact]
    public async Task Cancels_a_contract_from_a_date()
    {
        var id = (await ContractAsync())["id"].Number();

        var cancelled = await SendAsync(app.Finance, HttpMethod.Put, $"/api/v2/contracts/{id}/cancel",
            new { cancelled_on = Iso(Today), reason = "Cliente encerrou o contrato" }, HttpStatusCode.OK);

        Assert.Equal(id, cancelled["id"].Number());
        Assert.Equal("cancelled", cancelled["status"].Str());
        Assert.False(cancelled["active"]!.GetValue<bool>());
        Assert.Equal(Iso(Today), cancelled["cancelled_on"].Str());
        Assert.Equal(cancelled.ToJsonString(), (await GetAsync(id)).ToJsonString());

        // A cancelled contract is no longer due for adjustment.
        var due = (await SendAsync(app.Admin, HttpMethod.Get, $"/api/v2/contracts/readjustments?month={MonthOf(Due)}&limit=200", null, HttpStatusCode.OK)).AsArray();
        Assert.DoesNotContain(due, r => r!["id"].Number() == id);

        var twice = await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/contracts/{id}/cancel",
            new { cancelled_on = Iso(Today), reason = "De novo" }, HttpStatusCode.UnprocessableEntity, 42202, "cancelled_on");
        Assert.Equal("O contrato já está cancelado.", twice["detail"]!["cancelled_on"]![0].Str());
    }

    [Fact]
    public async Task Cancellation_is_validated_by_the_module()
    {
        var id = (await ContractAsync())["id"].Number();

        var early = await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/contracts/{id}/cancel",
            new { cancelled_on = Iso(Start.AddDays(-1)), reason = "Antes do início" }, HttpStatusCode.UnprocessableEntity, 42202, "cancelled_on");
        Assert.Equal("O cancelamento não pode ser anterior ao início do contrato.", early["detail"]!["cancelled_on"]![0].Str());
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/contracts/{id}/cancel",
            new { cancelled_on = Iso(Today) }, HttpStatusCode.UnprocessableEntity, 42202, "reason");
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/contracts/{id}/cancel",
            new { reason = "Sem data" }, HttpStatusCode.UnprocessableEntity, 42202, "cancelled_on");
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, $"/api/v2/contracts/{id}/cancel",
            new { cancelled_on = "31/02/2026", reason = "Data inválida" }, HttpStatusCode.UnprocessableEntity, 42202, "cancelled_on");
        await ExpectErrorAsync(app.Admin, HttpMethod.Put, "/api/v2/contracts/99999999/cancel",
            new { cancelled_on = Iso(Today), reason = "Não existe" }, HttpStatusCode.NotFound, 40401);

        var still = await GetAsync(id);
        Assert.Equal("<null>", still["cancelled_on"].Str());
        Assert.True(still["active"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Technicians_and_portal_users_may_not_adjust_or_cancel()
    {
        var id = (await ContractAsync())["id"].Number();
        using var portal = await app.NewUserClientAsync(Groups.Client);
        foreach (var client in new[] { app.Technician, portal })
        {
            await ExpectErrorAsync(client, HttpMethod.Get, $"/api/v2/contracts/readjustments?month={MonthOf(Due)}", null, HttpStatusCode.Forbidden, 40301);
            await ExpectErrorAsync(client, HttpMethod.Post, "/api/v2/contracts/readjustments",
                new { contract_ids = new[] { id }, percent = 10, index_name = "IPCA" }, HttpStatusCode.Forbidden, 40301);
            await ExpectErrorAsync(client, HttpMethod.Put, $"/api/v2/contracts/{id}/cancel",
                new { cancelled_on = Iso(Today), reason = "Sem permissão" }, HttpStatusCode.Forbidden, 40301);
        }

        var contract = await GetAsync(id);
        Assert.Equal(1, contract["rider_count"].Number());
        Assert.Equal("<null>", contract["cancelled_on"].Str());
    }
}
