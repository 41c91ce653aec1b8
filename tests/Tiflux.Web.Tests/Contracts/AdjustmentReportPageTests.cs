using System.Net;
using static Tiflux.Web.Tests.Contracts.ContractsUi;

namespace Tiflux.Web.Tests.Contracts;

[Collection(AppTestGroup.Name)]
public sealed class AdjustmentReportPageTests(AppFixture app)
{
    [Fact]
    public async Task Report_OverAPeriod_PreviewsTheValueAfter_TotalsIt_AndAppliesTheSelection()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (clientId, first, firstName) = await CreateFreeContractAsync(client, "1.000,00", f =>
        {
            f["Input.Settings.AdjustmentIntervalMonths"] = "12";
            f["Input.Settings.NextAdjustmentDate"] = "2031-03-10";
        });
        var (_, _, secondName) = await CreateFreeContractAsync(client, "2.000,00", f =>
        {
            f["Input.ClientId"] = clientId.ToString();
            f["Input.Settings.AdjustmentIntervalMonths"] = "12";
            f["Input.Settings.NextAdjustmentDate"] = "2031-05-10";
        });
        var url = $"/contratos/reajuste?de=2031-03&ate=2031-05&cliente={clientId}&percentual=10";

        var page = await client.GetPageAsync(url);

        var rows = Rows(page, "#candidates");
        Assert.Equal([firstName, secondName], rows.Select(r => r[2]));
        Assert.Equal(["10/03/2031", "R$ 1.000,00", "R$ 1.100,00", "—"], rows[0][6..]);
        Assert.Equal(["R$ 3.000,00", "R$ 3.300,00"], page.QuerySelectorAll("#adjustment-totals th.money").Select(c => c.TextContent.Trim()));
        Assert.Equal("10", page.QuerySelector("input[name='Input.Percent']")!.GetAttribute("value"));

        // The XLSX holds the same rows and totals, as real numbers and dates.
        using (var book = await ExtrasReportReadback.XlsxAsync(client, page.QuerySelector("#baixar-xlsx")!.GetAttribute("href")!))
        {
            Assert.Equal(2, ExtrasReportReadback.XlsxRowCount(book));
            Assert.Equal(3000m, ExtrasReportReadback.XlsxTotal(book, "Total", "Valor atual").GetValue<decimal>());
            Assert.Equal(3300m, ExtrasReportReadback.XlsxTotal(book, "Total", "Valor após").GetValue<decimal>());
        }

        using var applied = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.ContractIds"] = first.ToString(),
            ["Input.Percent"] = "10",
            ["Input.IndexName"] = "IGP-M",
        }, "#adjustment-form");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var after = await client.GetPageAsync(applied.Headers.Location!.OriginalString);
        Assert.Equal([secondName], Rows(after, "#candidates").Select(r => r[2]));
        var next = Rows(await client.GetPageAsync($"/contratos/reajuste?mes=2032-03&cliente={clientId}"), "#candidates").Single();
        Assert.Equal(["10/03/2032", "R$ 1.100,00", "—", $"10/03/2031 · IGP-M 10% (R$ 1.000,00 → R$ 1.100,00) · {TestKit.TifluxAppFactory.AdminEmail}"], next[6..]);
    }

    [Theory]
    [InlineData("de=2031-01&ate=2034-01", "Escolha um período de no máximo 24 meses.")]
    [InlineData("cliente=nao-e-um-id", "Cliente inválido: escolha um cliente da lista.")]
    [InlineData("situacao=qualquer", "Situação inválida: escolha Pendente de reajuste ou Agendado.")]
    [InlineData("percentual=2000", "O percentual de reajuste deve estar entre 0 e 1000%.")]
    public async Task BadFilters_AnswerThePageWithAMessage(string query, string message)
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var response = await client.GetAsync("/contratos/reajuste?" + query);

        var page = await ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#filter-errors")!.TextContent, StringComparison.Ordinal);
    }
}
