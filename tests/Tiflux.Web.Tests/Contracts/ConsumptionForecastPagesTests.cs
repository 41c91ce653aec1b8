using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Users;
using Tiflux.Billing.Forecast;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Billing;
using static Tiflux.Web.Tests.Contracts.ContractsUi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Contracts;

/// <summary>
/// The hour-bank forecast (issue 25, item 7) where people read it: the contract page, the portal's contracts page and the
/// dashboard's list. A bank of 01:00 with 01:30 logged is out whatever today is, so the sentence is known.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ConsumptionForecastPagesTests(AppFixture app)
{
    [Fact]
    public async Task ContractPage_Portal_AndDashboard_ShowTheForecast()
    {
        var (client, contract, name) = await ExhaustedBankAsync();
        var cycleEnd = new DateOnly(BillingScenario.Today.Year, BillingScenario.Today.Month, 1).AddMonths(1).AddDays(-1);
        var headline = $"O banco de horas do ciclo já foi todo consumido (o ciclo vai até {PtBr.Date(cycleEnd)}).";

        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var row = (await finance.GetPageAsync($"/contratos/{contract}")).QuerySelector("#previsao-consumo tbody tr")!;
        var cells = row.QuerySelectorAll("td").Select(td => Squash(td.TextContent)).ToList();
        Assert.Equal(["01:00", "01:30"], cells.Skip(1).Take(2));
        Assert.Equal(headline, Squash(row.QuerySelector(".forecast-headline")!.TextContent));

        var (portal, _, _) = await app.Factory.SignInAsClientUserAsync(client, PortalPermissions.SeeContracts);
        using var _p = portal;
        var portalBlock = (await portal.GetPageAsync("/portal/contratos")).QuerySelector("#previsao-consumo")!;
        Assert.Contains(name, portalBlock.TextContent, StringComparison.Ordinal);
        Assert.Equal(headline, Squash(portalBlock.QuerySelector(".forecast-headline")!.TextContent));

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ForecastSnapshotJob>().RunAsync(default);
        }

        var tile = (await finance.GetPageAsync("/")).QuerySelector("#bancos-acabando")!;
        Assert.NotNull(tile.QuerySelector($"a[href='/contratos/{contract}']"));
        Assert.Contains("Calculado em", tile.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A Horas contract (01:00 a month) whose current cycle has 01:30 logged.</summary>
    private async Task<(Guid Client, Guid Contract, string Name)> ExhaustedBankAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var name = Unique("Banco previsão");
        var client = (await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest(Unique("Cliente previsão"), "Previsão Ltda", BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), default)).Value;
        var contracts = sp.GetRequiredService<IContractsAdministration>();
        var type = (await contracts.CreateContractTypeAsync(Unique("Horas"), ContractModality.Hours, default)).Value;
        var start = new DateOnly(BillingScenario.Today.Year, BillingScenario.Today.Month, 1).AddMonths(-2);
        var settings = new ContractSettingsRequest(name, BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null,
            true, "", null, null, 0, 0, false, null, [], []);
        var rider = new RiderTermsRequest(start, null, 10, 500m, 0m, DiscountType.Currency, 60, 150m, null, null, null, null, null, null, [], "");
        var contract = (await contracts.CreateContractAsync(new CreateContractRequest(client, type, settings, rider, "teste"), default)).Value;
        var riderId = (await sp.GetRequiredService<IContractsModule>().GetContractTermsAsync(new ContractTermsRequest([client], null), default)).Single().Riders.Single().Id;

        var tech = new ActorDto(Guid.CreateVersion7(), "Técnico previsão", MayHandleMoney: true);
        var desk = (await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, Unique("Mesa previsão"), ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            default)).Value;
        var ticket = (await sp.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest("Rotina", "Detalhes", client, desk, null, null, null, "Ana", "ana@cliente.example", null), tech, default)).Value;

        // Yesterday (today on the 1st, so it stays in the current cycle), from midnight: never a future time.
        var date = BillingScenario.Today.Day > 1 ? BillingScenario.Today.AddDays(-1) : BillingScenario.Today;
        var saved = await sp.GetRequiredService<ITicketWork>().SaveTimeEntryAsync(
            new SaveTimeEntryRequest(ticket, null, date, new TimeOnly(0, 0), new TimeOnly(1, 30), tech.UserId, tech.Name, "Rotina", AttendanceMode.Remote, EntryKind.Contract, riderId),
            tech,
            default);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
        return (client, contract, name);
    }
}
