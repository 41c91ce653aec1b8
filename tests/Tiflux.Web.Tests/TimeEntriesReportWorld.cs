using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Billing;

namespace Tiflux.Web.Tests;

/// <summary>
/// The data of the list reports' page tests, made through the modules' facades: one client with an Horas contract that
/// rounds each entry up to 15 min with a 30-min minimum, a standalone service, a travel fee and an extra expense.
/// Ticket <see cref="BilledTicket"/> (technician A): one standalone external hour (R$ 200,00) with its own travel
/// (R$ 80,00) and 2 extras of R$ 25,00 — closed and billed. Ticket <see cref="OpenTicket"/>: A's contract entry of
/// 20 min (billed 30), B's contract ride-along of 50 min on <see cref="BilledTicket"/>'s travel (billed 60), B's standalone
/// hour with a manual value of R$ 55,00 and 1 extra of R$ 30,00 — still open.
/// </summary>
public sealed class TimeEntriesReportWorld
{
    public const decimal TravelFee = 80m;

    private TimeEntriesReportWorld()
    {
    }

    public Guid ClientId { get; private set; }

    public Guid DeskId { get; private set; }

    public Guid ExpenseId { get; private set; }

    public int BilledTicket { get; private set; }

    public int OpenTicket { get; private set; }

    public ActorDto TechnicianA { get; private set; } = null!;

    public ActorDto TechnicianB { get; private set; } = null!;

    public BillingCreatedDto Billing { get; private set; } = null!;

    public static DateOnly Day => BillingScenario.Today.AddDays(-1);

    /// <summary>The query string of the period and the client.</summary>
    public string Filter => $"de={BillingScenario.Iso(Day.AddDays(-1))}&ate={BillingScenario.Iso(BillingScenario.Today)}&cliente={ClientId}";

    public static async Task<TimeEntriesReportWorld> CreateAsync(IServiceProvider services)
    {
        var world = new TimeEntriesReportWorld();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var catalog = sp.GetRequiredService<ICatalogAdministration>();
        var lifecycle = sp.GetRequiredService<ITicketLifecycle>();
        var work = sp.GetRequiredService<ITicketWork>();
        var ct = CancellationToken.None;
        world.TechnicianA = new ActorDto(Guid.CreateVersion7(), "Técnica A " + suffix, MayHandleMoney: true);
        world.TechnicianB = new ActorDto(Guid.CreateVersion7(), "Técnico B " + suffix, MayHandleMoney: true);
        var (a, b) = (world.TechnicianA, world.TechnicianB);

        world.ClientId = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest("Relatórios " + suffix, "Relatórios " + suffix + " Ltda", BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), ct));
        var contracts = sp.GetRequiredService<IContractsAdministration>();
        var type = Ok(await contracts.CreateContractTypeAsync("Horas " + suffix, ContractModality.Hours, ct));
        var start = new DateOnly(BillingScenario.Today.Year, BillingScenario.Today.Month, 1).AddMonths(-2);
        var settings = new ContractSettingsRequest(
            "Horas " + suffix, BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null,
            true, "", null, null, 15, 30, false, null, [], []);
        var rider = new RiderTermsRequest(start, null, 10, 500m, 0m, DiscountType.Currency, 600, 100m, null, null, null, null, null, null, [], "");
        var contractId = Ok(await contracts.CreateContractAsync(new CreateContractRequest(world.ClientId, type, settings, rider, "teste"), ct));
        var riderId = (await sp.GetRequiredService<IContractsModule>().GetContractTermsAsync(new ContractTermsRequest(null, [contractId]), ct)).Single().Riders[0].Id;
        var service = Ok(await catalog.SaveStandaloneServiceAsync(null, new SaveStandaloneServiceRequest("Avulso " + suffix, world.ClientId, 200m, 120m, 150m, true), ct));
        var travel = Ok(await catalog.SaveTravelAsync(null, new SaveTravelRequest("Ida ao cliente " + suffix, TravelFee, TravelScope.Client, world.ClientId, null, true), ct));
        world.ExpenseId = Ok(await catalog.SaveExtraExpenseAsync(null, new SaveExtraExpenseRequest("Cabo " + suffix, 25m, "", true), ct));
        world.DeskId = Ok(await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            ct));

        async Task<int> TicketAsync(string title) => Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(title, "Detalhes", world.ClientId, world.DeskId, null, null, null, "Ana", "ana@cliente.example", null), a, ct));
        async Task EntryAsync(ActorDto who, SaveTimeEntryRequest request) => Ok(await work.SaveTimeEntryAsync(request, who, ct));
        SaveTimeEntryRequest Entry(int ticket, ActorDto who, int fromHour, int fromMinute, int toHour, int toMinute, AttendanceMode mode, EntryKind kind) =>
            new(ticket, null, Day, new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute), who.UserId, who.Name, "Atendimento", mode, kind,
                kind == EntryKind.Contract ? riderId : null, kind == EntryKind.Standalone ? service : null);

        world.BilledTicket = await TicketAsync("Servidor parado");
        world.OpenTicket = await TicketAsync("Rotina mensal");
        await EntryAsync(a, Entry(world.BilledTicket, a, 8, 0, 9, 0, AttendanceMode.External, EntryKind.Standalone) with { TravelId = travel });
        Ok(await work.SaveExtraAsync(new SaveExtraRequest(world.BilledTicket, null, world.ExpenseId, Day, 2m, null, "Cabos", null), a, ct));
        await EntryAsync(a, Entry(world.OpenTicket, a, 10, 0, 10, 20, AttendanceMode.Remote, EntryKind.Contract));
        await EntryAsync(b, Entry(world.OpenTicket, b, 11, 0, 11, 50, AttendanceMode.External, EntryKind.Contract) with { RideAlongTicketNumber = world.BilledTicket });
        await EntryAsync(b, Entry(world.OpenTicket, b, 14, 0, 15, 0, AttendanceMode.Remote, EntryKind.Standalone) with { ManualValue = true, Value = 55m });
        Ok(await work.SaveExtraAsync(new SaveExtraRequest(world.OpenTicket, null, world.ExpenseId, Day, 1m, 30m, "Cabo longo", null), a, ct));

        var closed = await lifecycle.CloseTicketAsync(world.BilledTicket, a, ct);
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        world.Billing = await BillStandaloneAsync(sp, world.ClientId);
        return world;
    }

    private static async Task<BillingCreatedDto> BillStandaloneAsync(IServiceProvider sp, Guid clientId)
    {
        var pending = new PendingRequest(BillingScenario.Today, null, [clientId], PendingScope.Standalone);
        var lines = await sp.GetRequiredService<IBillingModule>().GetPendingLinesAsync(pending, CancellationToken.None);
        var groups = lines.Where(l => !l.IsContractLine && l.Billable).Select(l => l.GroupKey).Distinct().ToList();
        var workflow = sp.GetRequiredService<IBillingWorkflow>();
        var selection = new BillingDraftRequest(clientId, pending, groups, false);
        var draft = Ok(await workflow.PrepareBillingDraftAsync(selection, default));
        return Ok(await workflow.CommitBillingAsync(
            new CommitBillingRequest(selection, draft.Version, BillingScenario.Today, BillingScenario.Today.AddDays(10), 0m, 0m, "", null, [], "teste"), default));
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
