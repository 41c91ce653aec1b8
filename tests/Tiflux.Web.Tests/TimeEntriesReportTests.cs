using Tiflux.SharedKernel;
using Tiflux.TestKit;
using static Tiflux.Web.Tests.ExtrasReportReadback;
using Groups = Tiflux.TestKit.Groups;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Web.Tests;

/// <summary>Relatórios › Atendentes › Extrato de apontamentos (issue 25, item 5).</summary>
[Collection(AppTestGroup.Name)]
public sealed class TimeEntriesReportTests(AppFixture app)
{
    private const string Url = "/relatorios/apontamentos";

    [Fact]
    public async Task Entries_ShowRawAndBilledMinutes_ManualValueApart_AndTheXlsxHasTheSameTotals()
    {
        var world = await TimeEntriesReportWorld.CreateAsync(app.Factory.Services);
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var page = await finance.GetPageAsync($"{Url}?{world.Filter}");

        Assert.Equal(4, Rows(page).Count);
        var contract = Row(page, "Tempo", "00:20");
        Assert.Equal("00:30", Cell(contract, "Tempo faturável"));
        Assert.Equal("Contrato", Cell(contract, "Tipo"));
        Assert.Equal("No ciclo do contrato", Cell(contract, "Situação"));
        var rideAlong = Row(page, "Tempo", "00:50");
        Assert.Equal("01:00", Cell(rideAlong, "Tempo faturável"));
        var billed = Row(page, "Ticket", $"#{world.BilledTicket} ");
        Assert.Equal("R$ 200,00", Cell(billed, "Valor"));
        Assert.Equal($"Faturado em #{world.Billing.Number}", Cell(billed, "Situação"));
        Assert.StartsWith("Avulso ", Cell(billed, "Contrato / Serviço"), StringComparison.Ordinal);
        var manual = Assert.Single(Rows(page), r => Cell(r, "Valor manual") == "Sim");
        Assert.Equal("R$ 55,00", Cell(manual, "Valor"));
        Assert.Equal("Ticket em aberto", Cell(manual, "Situação"));

        Assert.Equal("03:10", Total(page, "Total", "Tempo"));
        Assert.Equal("03:30", Total(page, "Total", "Tempo faturável"));
        Assert.Equal("R$ 55,00", Total(page, "Com valor manual", "Valor"));
        Assert.Equal("1 apontamento(s)", Total(page, "Com valor manual", "Ticket"));
        var total = Total(page, "Total", "Valor");

        using var book = await XlsxAsync(finance, $"{Url}?{world.Filter}&formato=xlsx");
        Assert.Equal(4, XlsxRowCount(book));
        Assert.Equal(190, Minutes(XlsxTotal(book, "Total", "Tempo")));
        Assert.Equal(210, Minutes(XlsxTotal(book, "Total", "Tempo faturável")));
        Assert.Equal(total, PtBr.Money(XlsxTotal(book, "Total", "Valor").GetValue<decimal>()));
        Assert.Equal(55m, XlsxTotal(book, "Com valor manual", "Valor").GetValue<decimal>());
    }

    [Fact]
    public async Task Filters_NarrowTheRows_AndMoneyNeedsValuesView()
    {
        var world = await TimeEntriesReportWorld.CreateAsync(app.Factory.Services);
        using var admin = await app.Factory.SignInAsAdminAsync();
        var group = await app.Factory.CreatePermissionGroupAsync([PermissionKeys.AppointmentsManageAll]);
        using var coordinator = await app.Factory.SignInAsNewUserAsync(group);

        var onlyA = await admin.GetPageAsync($"{Url}?{world.Filter}&tecnico={world.TechnicianA.UserId}");
        var desk = await admin.GetPageAsync($"{Url}?{world.Filter}&mesa={world.DeskId}");
        var otherDesk = await admin.GetPageAsync($"{Url}?{world.Filter}&mesa={Guid.NewGuid()}");
        var noMoney = await coordinator.GetPageAsync($"{Url}?{world.Filter}");
        var badDesk = await admin.GetPageAsync($"{Url}?mesa=suporte");

        Assert.Equal(2, Rows(onlyA).Count);
        Assert.Equal(4, Rows(desk).Count);
        Assert.Empty(Rows(otherDesk));
        Assert.Equal(4, Rows(noMoney).Count);
        Assert.DoesNotContain("Valor", Headers(noMoney));
        Assert.DoesNotContain("R$", noMoney.QuerySelector("#relatorio")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("03:30", Total(noMoney, "Total", "Tempo faturável"));
        Assert.Contains("Mesa", badDesk.QuerySelector("#erro-filtro")!.TextContent, StringComparison.Ordinal);
    }
}
