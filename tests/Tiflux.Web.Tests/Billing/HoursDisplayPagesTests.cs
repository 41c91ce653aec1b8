using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Billing;

/// <summary>Billing lines read hours as HH:MM (0,75 h → 00:45) and fixed-fee lines show their cycle's period, pending and billed.</summary>
[Collection(AppTestGroup.Name)]
public sealed class HoursDisplayPagesTests(AppFixture app)
{
    private const decimal RemoteRate = 120m;
    private const decimal Fee = 700m;

    [Fact]
    public async Task ClientBillingPage_And_BillingDetails_ShowHoursAsHhmm_AndTheFeeLineWithItsCyclePeriod()
    {
        var (clientId, start) = await CreateClientAsync();
        var lines = await PendingAsync(clientId);
        var entry = Assert.Single(lines, l => l.Kind == PendingLineKind.StandaloneEntry);
        Assert.Equal(0.75m, entry.Quantity);
        Assert.Equal(90m, entry.Amount);
        var firstFee = lines.Where(l => l.Kind == PendingLineKind.ContractFee).OrderBy(l => l.PeriodStart).First();
        var firstCycle = $"{Date(start)} a {Date(start.AddMonths(1).AddDays(-1))}";
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        var page = await client.GetPageAsync($"/faturamento/cliente/{clientId}?modo=base&data={BillingScenario.Iso(BillingScenario.Today)}&escopo=ambos");

        var entryRow = page.QuerySelector($"tr.line[data-key='{entry.Key}']")!;
        Assert.Equal("00:45", entryRow.QuerySelector(".quantity")!.TextContent);
        Assert.Equal("R$ 90,00", entryRow.QuerySelector(".amount")!.TextContent);
        var feeRow = page.QuerySelector($"tr.line[data-key='{firstFee.Key}']")!;
        Assert.Equal(firstCycle, feeRow.QuerySelector(".period")!.TextContent);
        Assert.Equal("1 un", feeRow.QuerySelector(".quantity")!.TextContent);
        Assert.Equal(BillingScenario.Money(Fee), feeRow.QuerySelector(".amount")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("tr.line .quantity"), q => q.TextContent.Contains(',', StringComparison.Ordinal));

        var billingId = await BillAllAsync(clientId);
        var details = await client.GetPageAsync($"/faturamento/{billingId}");

        var billedEntry = details.QuerySelector($"tr.line[data-key='{entry.Key}']")!;
        Assert.Equal("00:45", billedEntry.QuerySelector(".quantity")!.TextContent);
        Assert.Equal("R$ 90,00", billedEntry.QuerySelector(".amount")!.TextContent);
        var billedFee = details.QuerySelector($"tr.line[data-key='{firstFee.Key}']")!;
        Assert.Equal(firstCycle, billedFee.QuerySelector(".period")!.TextContent);
        Assert.Equal(BillingScenario.Money(Fee), billedFee.QuerySelector(".amount")!.TextContent);
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A client with a Livre contract started two months ago and one reviewed standalone remote entry of 45 minutes.</summary>
    private async Task<(Guid ClientId, DateOnly Start)> CreateClientAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var ct = CancellationToken.None;
        var tech = new ActorDto(Guid.CreateVersion7(), "Técnico " + suffix, MayHandleMoney: true);
        var clientId = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest("Horas " + suffix, "Horas " + suffix + " Ltda", BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), ct));
        var contracts = sp.GetRequiredService<IContractsAdministration>();
        var type = Ok(await contracts.CreateContractTypeAsync("Livre " + suffix, ContractModality.Free, ct));
        var start = new DateOnly(BillingScenario.Today.Year, BillingScenario.Today.Month, 1).AddMonths(-2);
        var settings = new ContractSettingsRequest(
            "Mensal " + suffix, BillingTiming.InAdvance, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null,
            true, "", null, null, 0, 0, false, null, [], []);
        var rider = new RiderTermsRequest(start, null, 10, Fee, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "");
        Ok(await contracts.CreateContractAsync(new CreateContractRequest(clientId, type, settings, rider, "teste"), ct));
        var service = Ok(await sp.GetRequiredService<ICatalogAdministration>().SaveStandaloneServiceAsync(
            null, new SaveStandaloneServiceRequest("Avulso " + suffix, clientId, 200m, RemoteRate, 150m, true), ct));
        var desk = Ok(await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            ct));
        var lifecycle = sp.GetRequiredService<ITicketLifecycle>();
        var ticket = Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest("Impressora", "Detalhes", clientId, desk, null, null, null, "Ana", "ana@cliente.example", null), tech, ct));
        Ok(await sp.GetRequiredService<ITicketWork>().SaveTimeEntryAsync(
            new SaveTimeEntryRequest(ticket, null, BillingScenario.Today.AddDays(-1), new TimeOnly(9, 0), new TimeOnly(9, 45), tech.UserId, tech.Name,
                "Troca do toner", AttendanceMode.Remote, EntryKind.Standalone, null, service),
            tech, ct));
        var closed = await lifecycle.CloseTicketAsync(ticket, tech, ct);
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        return (clientId, start);
    }

    private async Task<IReadOnlyList<PendingLineDto>> PendingAsync(Guid clientId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetPendingLinesAsync(
            new PendingRequest(BillingScenario.Today, null, [clientId], PendingScope.Both), CancellationToken.None);
    }

    private async Task<Guid> BillAllAsync(Guid clientId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var created = Ok(await scope.ServiceProvider.GetRequiredService<IBillingWorkflow>().CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(clientId, new PendingRequest(BillingScenario.Today, null, [clientId], PendingScope.Both), [], true), null,
            BillingScenario.Today, BillingScenario.Today.AddDays(10), 0m, 0m, null, null, [], "financeiro"), CancellationToken.None));
        return created.Id;
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
