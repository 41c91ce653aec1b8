using System.Net;
using static Tiflux.Web.Tests.ExtrasReportReadback;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests;

/// <summary>Relatórios › Atendentes › Deslocamentos (issue 25, item 5).</summary>
[Collection(AppTestGroup.Name)]
public sealed class TravelReportTests(AppFixture app)
{
    private const string Url = "/relatorios/deslocamentos";

    [Fact]
    public async Task Travel_ListsOwnFeesAndRideAlongsAtZero_TotalsPerTechnician_AndTheXlsxAgrees()
    {
        var world = await TimeEntriesReportWorld.CreateAsync(app.Factory.Services);
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var page = await finance.GetPageAsync($"{Url}?{world.Filter}");

        Assert.Equal(2, Rows(page).Count);
        var own = Row(page, "Técnico", world.TechnicianA.Name);
        Assert.StartsWith("Ida ao cliente", Cell(own, "Deslocamento"), StringComparison.Ordinal);
        Assert.Equal("R$ 80,00", Cell(own, "Valor"));
        Assert.Equal($"Faturado em #{world.Billing.Number}", Cell(own, "Situação"));
        var ride = Row(page, "Técnico", world.TechnicianB.Name);
        Assert.Equal($"Carona de #{world.BilledTicket}", Cell(ride, "Deslocamento"));
        Assert.Equal("R$ 0,00", Cell(ride, "Valor"));
        Assert.Contains("Sem cobrança", Cell(ride, "Situação"), StringComparison.Ordinal);
        Assert.Equal("R$ 80,00", Total(page, $"Total {world.TechnicianA.Name}", "Valor"));
        Assert.Equal("R$ 0,00", Total(page, $"Total {world.TechnicianB.Name}", "Valor"));
        Assert.Equal("R$ 80,00", Total(page, "Total geral", "Valor"));
        Assert.Equal("1 deslocamento(s), 1 carona(s)", Total(page, "Total geral", "Deslocamento"));

        using var book = await XlsxAsync(finance, $"{Url}?{world.Filter}&formato=xlsx");
        Assert.Equal(2, XlsxRowCount(book));
        Assert.Equal(TimeEntriesReportWorld.TravelFee, XlsxTotal(book, "Total geral", "Valor").GetValue<decimal>());
        Assert.Equal(0m, XlsxTotal(book, $"Total {world.TechnicianB.Name}", "Valor").GetValue<decimal>());
    }

    [Fact]
    public async Task TechnicianFilter_NarrowsTheRows_AndTechniciansCannotOpenIt()
    {
        var world = await TimeEntriesReportWorld.CreateAsync(app.Factory.Services);
        using var admin = await app.Factory.SignInAsAdminAsync();
        using var technician = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        var onlyB = await admin.GetPageAsync($"{Url}?{world.Filter}&tecnico={world.TechnicianB.UserId}");
        var nobody = await admin.GetPageAsync($"{Url}?{world.Filter}&tecnico={Guid.NewGuid()}");
        using var refused = await technician.GetAsync($"{Url}?{world.Filter}");
        using var badTechnician = await admin.GetAsync($"{Url}?tecnico=joana");

        Assert.Equal(world.TechnicianB.Name, Cell(Assert.Single(Rows(onlyB)), "Técnico"));
        Assert.Empty(Rows(nobody));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.True((int)refused.StatusCode < 500);
        Assert.Equal(HttpStatusCode.OK, badTechnician.StatusCode);
        Assert.Contains("Técnico", await badTechnician.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
