using System.Net;
using System.Text.Json.Nodes;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using static Tiflux.Api.Tests.Automation.AutomationFixture;

namespace Tiflux.Api.Tests.Automation;

/// <summary>
/// One contract whose dates cannot be scheduled must never take pending billing down for everybody: the API refuses
/// such dates, and a row stored before that rule (PostgreSQL's -infinity) shows as a problem line on its own contract.
/// </summary>
[Collection(AutomationGroup.Name)]
public sealed class PoisonedContractTests(AutomationFixture app)
{
    private async Task<JsonObject> ContractBodyAsync(int client, string startDate) => new()
    {
        ["client_id"] = client,
        ["contract_type_id"] = (await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contract-types", new { name = app.Unique("Tipo"), modality = "Free" }, HttpStatusCode.Created))["id"].Number(),
        ["name"] = app.Unique("Contrato envenenado"),
        ["billing_timing"] = "in_arrears",
        ["start_date"] = startDate,
        ["rider"] = new JsonObject { ["due_day"] = 10, ["value"] = "100.00" },
    };

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    [InlineData("2101-01-01")]
    public async Task Dates_outside_the_window_are_refused(string startDate)
    {
        var client = await app.CreateClientAsync();

        await ExpectErrorAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", (await ContractBodyAsync(client, startDate)).ToJsonString(),
            HttpStatusCode.UnprocessableEntity, 42202, "start_date");
    }

    [Fact]
    public async Task The_latest_accepted_date_leaves_pending_billing_working()
    {
        var client = await app.CreateClientAsync();
        await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", (await ContractBodyAsync(client, "2100-12-31")).ToJsonString(), HttpStatusCode.Created);

        await SendAsync(app.Finance, HttpMethod.Get, "/api/v2/billing/pending", null, HttpStatusCode.OK);
        var horizon = Tiflux.Billing.PublicApi.BillingLimits.LatestPendingDate(Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending?base_date={horizon}", null, HttpStatusCode.OK);

        // Pending billing itself is asked at most a year ahead: pricing every cycle up to 2100 is unbounded work.
        await ExpectErrorAsync(app.Finance, HttpMethod.Get, "/api/v2/billing/pending?base_date=2100-12-31", null, HttpStatusCode.UnprocessableEntity, 42201, "base_date");
    }

    [Fact]
    public async Task A_stored_infinite_start_date_becomes_a_problem_line_on_its_contract_only()
    {
        var client = await app.CreateClientAsync();
        var start = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var number = (await SendAsync(app.Admin, HttpMethod.Post, "/api/v2/contracts", (await ContractBodyAsync(client, start)).ToJsonString(), HttpStatusCode.Created))["id"].Number();
        var healthy = await SendAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending/{client}", null, HttpStatusCode.OK);
        Assert.NotEmpty(healthy.AsArray());

        // What an older version let through: the date stored as -infinity.
        await app.Database.ScalarAsync<int?>($"UPDATE contracts.contracts SET start_date = '-infinity' WHERE number = {number} RETURNING 1");
        try
        {
            await SendAsync(app.Finance, HttpMethod.Get, "/api/v2/billing/pending", null, HttpStatusCode.OK);
            var row = Assert.Single((await SendAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending?client_ids={client}", null, HttpStatusCode.OK)).AsArray())!;
            Assert.Equal("0.00", row["total"].Str());
            Assert.Contains("fora do intervalo permitido", Assert.Single(row["problems"]!.AsArray()).Str(), StringComparison.Ordinal);

            var lines = (await SendAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending/{client}", null, HttpStatusCode.OK)).AsArray();
            var line = Assert.Single(lines)!;
            Assert.Equal("contract_problem", line["kind"].Str());
            Assert.False(line["billable"]!.GetValue<bool>());

            using var page = await app.Factory.SignInAsAdminAsync();
            var pending = await page.GetPageAsync("/faturamento?exibir=1");
            Assert.Contains("fora do intervalo permitido", pending.QuerySelector($"tr[data-client] .problem")!.TextContent, StringComparison.Ordinal);
            await page.GetPageAsync("/faturamento/automatico");

            // The repair: the start date of such a contract (and only of such a contract) can be corrected.
            var contractId = (await app.Database.ScalarAsync<Guid>($"SELECT id FROM contracts.contracts WHERE number = {number}"));
            var details = (await app.In<IContractsAdministration, ContractDetailsDto?>(a => a.GetContractDetailsAsync(contractId, default)))!;
            var repaired = await app.In<IContractsAdministration, Result>(a => a.UpdateContractSettingsAsync(
                contractId, details.Settings with { StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture) }, default));
            Assert.True(repaired.IsSuccess, string.Join("; ", repaired.Errors.Select(e => e.Message)));
            Assert.Equal(healthy.ToJsonString(), (await SendAsync(app.Finance, HttpMethod.Get, $"/api/v2/billing/pending/{client}", null, HttpStatusCode.OK)).ToJsonString());
            var again = await app.In<IContractsAdministration, Result>(a => a.UpdateContractSettingsAsync(
                contractId, details.Settings with { StartDate = new DateOnly(2020, 1, 1) }, default));
            Assert.False(again.IsSuccess);
        }
        finally
        {
            await app.Database.ScalarAsync<int?>($"UPDATE contracts.contracts SET start_date = '{start}' WHERE number = {number} AND start_date = '-infinity' RETURNING 1");
        }
    }
}
