using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Integration;

/// <summary>Tickets on top of the real Contracts module and its demo data: the "done when" flow.</summary>
[Trait("Category", "Integration")]
public sealed class RealContractsTests(RealContractsTests.DemoData data) : IClassFixture<RealContractsTests.DemoData>
{
    private static readonly ActorDto Tech = new(Guid.CreateVersion7(), "Técnico Real", MayHandleMoney: true);
    private readonly ModuleTestServices _services = data.Services;

    /// <summary>Contracts and Tickets modules on one database, loaded by their demo seeders in host order.</summary>
    public sealed class DemoData : IAsyncLifetime
    {
        public ModuleTestServices Services { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Services = await ModuleTestServices.CreateAsync(DateTimeOffset.UtcNow, s => s.AddContractsModule(), s => s.AddTicketsModule());
            foreach (var order in new[] { 10, 20 })
            {
                await using var scope = Services.Provider.CreateAsyncScope();
                await scope.ServiceProvider.GetServices<IDemoDataSeeder>().Single(s => s.Order == order).SeedAsync(CancellationToken.None);
            }
        }

        public async Task DisposeAsync() => await Services.DisposeAsync();
    }

    private Task<T> Tickets<TApi, T>(Func<TApi, Task<T>> action)
        where TApi : notnull => _services.InScopeAsync(action);

    [Fact]
    public async Task DemoSeeder_CreatesTicketsInEveryStateWithBillableItems()
    {
        var all = await Tickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(PageSize: 200), CancellationToken.None));
        var items = await Tickets((ITicketBilling t) => t.GetBillableItemsAsync(new BillableItemsRequest(null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1))), CancellationToken.None));

        Assert.Contains(all.Items, t => t.State == TicketState.Open);
        Assert.Contains(all.Items, t => t.State == TicketState.AwaitingReview);
        Assert.Contains(all.Items, t => t.State == TicketState.Reviewed);
        Assert.Contains(items, i => i.Kind == BillableItemKind.TimeEntry);
        Assert.Contains(items, i => i.Kind == BillableItemKind.Extra);
        Assert.All(items, i => Assert.Contains(all.Items, t => t.Number == i.TicketNumber && t.State == TicketState.Reviewed));
    }

    [Fact]
    public async Task DemoSeeder_RunTwice_AddsNothing()
    {
        var before = (await Tickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(), CancellationToken.None))).TotalItems;

        await using (var scope = _services.Provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IDemoDataSeeder>().Single(s => s.Order == 20).SeedAsync(CancellationToken.None);
        }

        Assert.Equal(before, (await Tickets((ITicketQueries t) => t.ListTicketsAsync(new TicketListRequest(), CancellationToken.None))).TotalItems);
    }

    [Fact]
    public async Task DoneWhen_ContractAndStandaloneTime_ClosedAndApproved_ReportsBillableItemsAndConsumption()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")).DateTime);
        var day = today.AddDays(-1);
        var clients = await _services.InScopeAsync<IContractsModule, IReadOnlyList<ClientSummary>>(c => c.GetClientsAsync(null, CancellationToken.None));
        ClientSummary? client = null;
        ValuationOptionsDto? options = null;
        foreach (var candidate in clients)
        {
            var o = await _services.InScopeAsync<IContractsModule, ValuationOptionsDto>(c => c.GetValuationOptionsAsync(candidate.Id, day, CancellationToken.None));
            if (o.Riders.Any(r => r.Modality == ContractModality.Hours) && o.Services.Count > 0)
            {
                (client, options) = (candidate, o);
                break;
            }
        }

        Assert.NotNull(client);
        var rider = options!.Riders.First(r => r.Modality == ContractModality.Hours);
        var service = options.Services[0];
        var desk = (await Tickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.ReviewEnabled);
        var number = (await Tickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("Fim a fim", "", client!.Id, desk.Id, null, null, null, "Ana", null, null), Tech, CancellationToken.None))).Value;
        var technician = Guid.CreateVersion7();
        var contractEntry = await Tickets((ITicketWork t) => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, day, new(8, 0), new(9, 30), technician, Tech.Name, "Contrato", AttendanceMode.Remote,
                EntryKind.Contract, rider.Id),
            Tech, CancellationToken.None));
        var standaloneEntry = await Tickets((ITicketWork t) => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, day, new(10, 0), new(11, 0), technician, Tech.Name, "Avulso", AttendanceMode.External,
                EntryKind.Standalone, null, service.Id),
            Tech, CancellationToken.None));
        Assert.True(contractEntry.IsSuccess, string.Join("; ", contractEntry.Errors.Select(e => e.Message)));
        Assert.True(standaloneEntry.IsSuccess, string.Join("; ", standaloneEntry.Errors.Select(e => e.Message)));

        await Tickets((ITicketLifecycle t) => t.CloseTicketAsync(number, Tech, CancellationToken.None));
        var beforeApproval = await Tickets((ITicketBilling t) => t.GetBillableItemsAsync(new BillableItemsRequest([client.Id], today), CancellationToken.None));
        var approval = await Tickets((ITicketLifecycle t) => t.ReviewTicketAsync(new ReviewTicketRequest(number, true, ReviewerRole.PermissionedUser, 5, null), Tech, CancellationToken.None));
        var items = await Tickets((ITicketBilling t) => t.GetBillableItemsAsync(new BillableItemsRequest([client.Id], today), CancellationToken.None));
        var consumption = await Tickets((ITicketBilling t) => t.GetContractConsumptionAsync(
            new ContractConsumptionRequest([rider.Id], null, day, day), CancellationToken.None));

        Assert.DoesNotContain(beforeApproval, i => i.TicketNumber == number);
        Assert.True(approval.IsSuccess);
        var item = Assert.Single(items, i => i.TicketNumber == number);
        Assert.Equal(BillableItemKind.TimeEntry, item.Kind);
        Assert.Equal(Money.ForMinutes(60, service.ExternalHourRate), item.Amount);
        var mine = Assert.Single(consumption.Entries, e => e.TicketNumber == number);
        Assert.Equal(90, mine.Minutes);
        Assert.True(mine.Reviewed);
        Assert.Contains(number, consumption.TicketNumbers);
    }
}
