using System.Net;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using static Tiflux.Web.Tests.ExtrasReportReadback;
using Groups = Tiflux.TestKit.Groups;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Web.Tests;

/// <summary>Relatórios › Gastos Extras (issue 25, item 3).</summary>
[Collection(AppTestGroup.Name)]
public sealed class ExtrasReportTests(AppFixture app)
{
    private const string Url = "/relatorios/gastos-extras";

    [Fact]
    public async Task Extras_ShowBilledAndPending_WithTotals_AndTheXlsxHasTheSameTotals()
    {
        var world = await TimeEntriesReportWorld.CreateAsync(app.Factory.Services);
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var page = await finance.GetPageAsync($"{Url}?{world.Filter}");

        Assert.Equal(2, Rows(page).Count);
        var billed = Row(page, "Ticket", $"#{world.BilledTicket} ");
        Assert.Equal($"Faturado em #{world.Billing.Number}", Cell(billed, "Situação"));
        Assert.Equal($"/faturamento/{world.Billing.Id}", billed.QuerySelector("td[data-col='Situação'] a")!.GetAttribute("href"));
        Assert.Equal("R$ 25,00", Cell(billed, "Valor unitário"));
        Assert.Equal("R$ 50,00", Cell(billed, "Total"));
        Assert.Equal("Ticket em aberto", Cell(Row(page, "Ticket", $"#{world.OpenTicket} "), "Situação"));
        Assert.Equal("3", Total(page, "Total", "Quantidade"));
        Assert.Equal("R$ 80,00", Total(page, "Total", "Total"));
        Assert.Equal("R$ 50,00", Total(page, "Faturado", "Total"));
        Assert.Equal("R$ 30,00", Total(page, "A faturar", "Total"));

        using var book = await XlsxAsync(finance, $"{Url}?{world.Filter}&formato=xlsx");
        Assert.Equal(2, XlsxRowCount(book));
        Assert.Equal(80m, XlsxTotal(book, "Total", "Total").GetValue<decimal>());
        Assert.Equal(50m, XlsxTotal(book, "Faturado", "Total").GetValue<decimal>());
        Assert.Equal(30m, XlsxTotal(book, "A faturar", "Total").GetValue<decimal>());
        Assert.Equal(3m, XlsxTotal(book, "Total", "Quantidade").GetValue<decimal>());
        Assert.Contains("R$", XlsxTotal(book, "Total", "Total").Style.NumberFormat.Format, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_NarrowTheRows()
    {
        var world = await TimeEntriesReportWorld.CreateAsync(app.Factory.Services);
        using var admin = await app.Factory.SignInAsAdminAsync();

        var pending = await admin.GetPageAsync($"{Url}?{world.Filter}&situacao=pendentes");
        var billed = await admin.GetPageAsync($"{Url}?{world.Filter}&situacao=faturados");
        var oneTicket = await admin.GetPageAsync($"{Url}?{world.Filter}&ticket={world.OpenTicket}");
        var otherExpense = await admin.GetPageAsync($"{Url}?{world.Filter}&despesa={Guid.NewGuid()}");
        var sameExpense = await admin.GetPageAsync($"{Url}?{world.Filter}&despesa={world.ExpenseId}");
        var before = await admin.GetPageAsync($"{Url}?de=2020-01-01&ate=2020-01-31&cliente={world.ClientId}");

        Assert.Equal(world.OpenTicket.ToString(PtBr.Culture), Cell(Assert.Single(Rows(pending)), "Ticket").Split(' ')[0].TrimStart('#'));
        Assert.StartsWith("Faturado em #", Cell(Assert.Single(Rows(billed)), "Situação"), StringComparison.Ordinal);
        Assert.Single(Rows(oneTicket));
        Assert.Empty(Rows(otherExpense));
        Assert.NotNull(otherExpense.QuerySelector("#sem-linhas"));
        Assert.Equal(2, Rows(sameExpense).Count);
        Assert.Empty(Rows(before));
    }

    [Fact]
    public async Task WithoutValuesView_NoMoneyOnScreenOrInTheXlsx_AndWithoutFinancialReports_NoPage()
    {
        var world = await TimeEntriesReportWorld.CreateAsync(app.Factory.Services);
        var group = await app.Factory.CreatePermissionGroupAsync([PermissionKeys.FinancialReports]);
        using var reader = await app.Factory.SignInAsNewUserAsync(group);
        using var technician = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        var page = await reader.GetPageAsync($"{Url}?{world.Filter}");
        using var book = await XlsxAsync(reader, $"{Url}?{world.Filter}&formato=xlsx");
        using var refused = await technician.GetAsync($"{Url}?{world.Filter}");

        Assert.Equal(2, Rows(page).Count);
        Assert.DoesNotContain("R$", page.QuerySelector("#relatorio")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Total", Headers(page));
        Assert.NotNull(page.QuerySelector("#sem-valores"));
        Assert.DoesNotContain("Total", XlsxHeaders(book));
        Assert.DoesNotContain("Valor unitário", XlsxHeaders(book));
        Assert.Equal(3m, XlsxTotal(book, "Total", "Quantidade").GetValue<decimal>());
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.True((int)refused.StatusCode < 500);
    }

    [Theory]
    [InlineData("de=ontem", "Data inicial")]
    [InlineData("de=2026-01-01&ate=2027-06-01", "no máximo um ano")]
    [InlineData("de=2026-02-01&ate=2026-01-01", "data final")]
    [InlineData("cliente=abc", "Cliente")]
    [InlineData("despesa=1", "Despesa")]
    [InlineData("ticket=doze", "Ticket")]
    [InlineData("situacao=todas-menos-uma", "Situação")]
    [InlineData("formato=pdf", "XLSX")]
    public async Task BadFilters_AnswerAMessageInPortuguese(string query, string expected)
    {
        using var admin = await app.Factory.SignInAsAdminAsync();

        var page = await admin.GetPageAsync($"{Url}?{query}");

        Assert.Contains(expected, page.QuerySelector("#erro-filtro")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector("#relatorio"));
    }
}
