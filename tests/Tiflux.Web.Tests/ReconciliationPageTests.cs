using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Web.Tests.Billing;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests;

/// <summary>/relatorios/conciliacao over real HTTP: buckets with links, the effect of billing, bad filters, permissions.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ReconciliationPageTests(AppFixture app)
{
    [Fact]
    public async Task A_clients_reviewed_work_is_pending_then_billed_and_always_balances()
    {
        var scenario = await BillingScenario.CreateAsync(app.Factory.Services, "Conciliação");
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var url = $"/relatorios/conciliacao?cliente={scenario.ClientId}&de={BillingScenario.Iso(BillingScenario.Today.AddDays(-40))}&ate={BillingScenario.Iso(BillingScenario.Today)}";

        var before = await finance.GetPageAsync(url);

        var block = before.QuerySelector($"section[data-client='{scenario.ClientId}']")!;
        var pending = block.QuerySelector($"table[data-family='Time'] tr[data-bucket='{ReconciliationBucket.PendingBilling}']")!;
        var warranty = block.QuerySelector($"table[data-family='Time'] tr[data-bucket='{ReconciliationBucket.Warranty}']")!;
        Assert.Equal("Conciliação", before.QuerySelector("h1")!.TextContent);
        Assert.Contains("Tudo confere", before.QuerySelector("#resumo-conciliacao")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("03:00", pending.TextContent, StringComparison.Ordinal);
        Assert.Contains(BillingScenario.Money(3 * BillingScenario.RemoteRate), pending.TextContent, StringComparison.Ordinal);
        Assert.Contains("01:00", warranty.TextContent, StringComparison.Ordinal);
        Assert.Contains(pending.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/tickets/{scenario.TicketNumber}");
        Assert.Equal("04:00", block.QuerySelector("table[data-family='Time'] [data-logged]")!.TextContent.Trim());
        Assert.Equal("00:00", block.QuerySelector("table[data-family='Time'] [data-difference]")!.TextContent.Trim());

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var billed = await scope.ServiceProvider.GetRequiredService<IBillingWorkflow>().CommitBillingAsync(
                new CommitBillingRequest(new BillingDraftRequest(scenario.ClientId, new PendingRequest(BillingScenario.Today, null, [scenario.ClientId], PendingScope.Standalone), [], true),
                    null, BillingScenario.Today, null, 0m, 0m, null, "", [], "teste"), default);
            Assert.True(billed.IsSuccess, string.Join("; ", billed.Errors.Select(e => e.Message)));
        }

        var after = (await finance.GetPageAsync(url)).QuerySelector($"section[data-client='{scenario.ClientId}']")!;
        var billedRow = after.QuerySelector($"table[data-family='Time'] tr[data-bucket='{ReconciliationBucket.Billed}']")!;
        Assert.Contains(BillingScenario.Money(3 * BillingScenario.RemoteRate), billedRow.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"table[data-family='Time'] tr[data-bucket='{ReconciliationBucket.PendingBilling}']"));
        Assert.Equal("00:00", after.QuerySelector("table[data-family='Time'] [data-difference]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("de=ontem", "Data inválida")]
    [InlineData("de=2020-01-01&ate=2026-01-01", "no máximo 366 dias")]
    [InlineData("de=2026-02-01&ate=2026-01-01", "igual ou posterior")]
    [InlineData("cliente=qualquer", "Cliente não encontrado")]
    public async Task Bad_filters_are_a_message_not_an_error(string query, string message)
    {
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        using var response = await finance.GetAsync("/relatorios/conciliacao?" + query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Technicians_are_refused()
    {
        using var technician = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        using var response = await technician.GetAsync("/relatorios/conciliacao");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
