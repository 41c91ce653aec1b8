using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Billing;

/// <summary>Faturamentos pendentes at many clients: pages of 50 rows, the grand total over every page, bounded filters.</summary>
[Collection(AppTestGroup.Name)]
public sealed class PendingListPagingTests(AppFixture app)
{
    [Fact]
    public async Task The_list_is_paged_and_the_grand_total_covers_every_page()
    {
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await ClientsWithAPendingFeeAsync(scope.ServiceProvider, 101);
        }

        IReadOnlyList<PendingClientSummary> expected;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            expected = await scope.ServiceProvider.GetRequiredService<IBillingModule>()
                .GetPendingTotalsAsync(new PendingRequest(BillingScenario.Today, null, null, PendingScope.Both), CancellationToken.None);
        }

        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var query = $"/faturamento?modo=base&data={BillingScenario.Iso(BillingScenario.Today)}&escopo=ambos&exibir=1";
        var shown = new List<string>();
        var page = await client.GetPageAsync(query);
        var grandTotal = page.QuerySelector("#pendentes tr.grand-total th:nth-child(4)")!.TextContent;
        for (var pages = 1; ; pages++)
        {
            var rows = page.QuerySelectorAll("#pendentes tbody tr").Select(r => r.GetAttribute("data-client")!).ToList();
            Assert.InRange(rows.Count, 1, Pages.Billing.IndexModel.PageSize);
            shown.AddRange(rows);
            Assert.Equal(grandTotal, page.QuerySelector("#pendentes tr.grand-total th:nth-child(4)")!.TextContent);
            var next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            if (next is null)
            {
                Assert.True(pages >= 3, "101 clients and more make at least three pages of 50");
                break;
            }

            page = await client.GetPageAsync(next.Replace("&amp;", "&", StringComparison.Ordinal));
        }

        Assert.Equal(expected.Select(e => e.ClientId.ToString()), shown);
        Assert.Equal(BillingScenario.Money(expected.Sum(e => e.Total)), grandTotal);
    }

    [Fact]
    public async Task More_clients_than_the_filter_allows_get_a_message_not_an_error()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var tooMany = string.Concat(Enumerable.Range(0, BillingLimits.PendingClientFilter + 1).Select(i => $"&clientes={i:x32}"));
        var page = await client.GetPageAsync($"/faturamento?modo=base&data={BillingScenario.Iso(BillingScenario.Today)}&escopo=ambos&exibir=1{tooMany}");

        Assert.Contains($"Selecione no máximo {BillingLimits.PendingClientFilter} clientes", page.QuerySelector("#filtros")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#pendentes"));
    }

    [Fact]
    public async Task A_date_beyond_the_horizon_gets_a_message_and_today()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var beyond = BillingLimits.LatestPendingDate(BillingScenario.Today).AddDays(1);
        var page = await client.GetPageAsync($"/faturamento?modo=base&data={BillingScenario.Iso(beyond)}&escopo=ambos&exibir=1");

        Assert.Contains($"no máximo {BillingLimits.PendingMonthsAhead} meses à frente", page.QuerySelector("#filtros")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(BillingScenario.Iso(BillingScenario.Today), page.QuerySelector("#filtros input[name=data]")!.GetAttribute("value"));
    }

    private static async Task ClientsWithAPendingFeeAsync(IServiceProvider services, int count)
    {
        var clients = services.GetRequiredService<IClientsAdministration>();
        var contracts = services.GetRequiredService<IContractsAdministration>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var type = (await contracts.CreateContractTypeAsync("Livre paginação " + suffix, ContractModality.Free, CancellationToken.None)).Value;
        var start = new DateOnly(BillingScenario.Today.Year, BillingScenario.Today.Month, 1).AddMonths(-1);
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Paginação {suffix} {i:000}");
            var id = (await clients.CreateClientAsync(new SaveClientRequest(name, name + " Ltda", BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), CancellationToken.None)).Value;
            var settings = new ContractSettingsRequest(
                "Suporte " + name, BillingTiming.InAdvance, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null, true, "", null, null, 0, 0, false, null, [], []);
            var rider = new RiderTermsRequest(start, null, 10, 100m + i, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "");
            Assert.True((await contracts.CreateContractAsync(new CreateContractRequest(id, type, settings, rider, "teste"), CancellationToken.None)).IsSuccess);
        }
    }
}
