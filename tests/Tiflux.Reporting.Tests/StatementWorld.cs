using System.Runtime.CompilerServices;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Reporting.Tests;

/// <summary>
/// A client of the shared scenario's database for the complete statement, billed on 15/03/2026:
/// a Horas Cumulativas contract from 01/01/2026 (02:00 included per month, lots expire after 2 cycles) with 00:30 worked in
/// January and 01:00 in February — so January leaves a lot of 01:30, February uses 01:00 of it and leaves its own 02:00;
/// on 05/03 a standalone external hour with a travel (R$ 180,00 + R$ 75,00), a ride-along hour on another ticket
/// (R$ 180,00, its trip not charged) and a warranty half hour (listed, not counted); an extra of 4 × R$ 12,50 billed, and
/// after the billing an extra of 2 × R$ 30,00 on an open ticket (pending).
/// </summary>
internal sealed record StatementWorld(Guid ClientId, Guid ContractId)
{
    public const string ClientName = "Gráfica Saldo Certo";
    public const string ContractName = "Banco de horas da gráfica";
    public const decimal ExternalRate = 180m;
    public const decimal TravelValue = 75m;
    public static readonly DateOnly From = new(2026, 2, 1);
    public static readonly DateOnly To = new(2026, 3, 31);

    private static readonly ConditionalWeakTable<BillingScenario, Task<StatementWorld>> Created = [];

    public static Task<StatementWorld> Of(BillingScenario scenario) => Created.GetValue(scenario, CreateAsync);

    private static async Task<StatementWorld> CreateAsync(BillingScenario s)
    {
        var actor = new ActorDto(Guid.CreateVersion7(), "Técnica Saldo", MayHandleMoney: true);
        var client = Ok(await s.In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest(ClientName, "Gráfica Saldo Certo Ltda", "390.533.447-05", [], ClosingReportLayout.Detailed, ""), default)));
        var service = Ok(await s.In<ICatalogAdministration, Result<Guid>>(c => c.SaveStandaloneServiceAsync(null,
            new SaveStandaloneServiceRequest("Suporte da gráfica", client, ExternalRate, 120m, 90m, true), default)));
        var travel = Ok(await s.In<ICatalogAdministration, Result<Guid>>(c => c.SaveTravelAsync(null,
            new SaveTravelRequest("Visita à gráfica", TravelValue, TravelScope.Client, client, null, true), default)));
        var cable = Ok(await s.In<ICatalogAdministration, Result<Guid>>(c => c.SaveExtraExpenseAsync(null, new SaveExtraExpenseRequest("Cabo da gráfica", 12.5m, "", true), default)));
        var toner = Ok(await s.In<ICatalogAdministration, Result<Guid>>(c => c.SaveExtraExpenseAsync(null, new SaveExtraExpenseRequest("Toner da gráfica", 30m, "", true), default)));
        var type = Ok(await s.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync(ContractName, ContractModality.CumulativeHours, default)));
        var start = new DateOnly(2026, 1, 1);
        var settings = new ContractSettingsRequest(ContractName, BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, 2, 0, 0, false, null, [], []);
        var terms = new RiderTermsRequest(start, null, 10, 300m, 0m, DiscountType.Currency, 120, 100m, null, null, null, null, null, null, [], "");
        var contract = Ok(await s.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new CreateContractRequest(client, type, settings, terms, "teste"), default)));
        var rider = (await s.In<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(new ContractTermsRequest(null, [contract]), default))).Single().Riders[0];

        var desk = Ok(await s.In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(new SaveDeskRequest(
            null, "Mesa da gráfica", ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false), default)));
        var routine = await TicketAsync(s, client, desk, "Rotina da gráfica", actor);
        var visit = await TicketAsync(s, client, desk, "Visita à impressora", actor);
        var rideAlong = await TicketAsync(s, client, desk, "Carona na visita", actor);
        var day = new DateOnly(2026, 3, 5);
        await EntryAsync(s, actor, new SaveTimeEntryRequest(routine, null, new DateOnly(2026, 1, 15), new(8, 0), new(8, 30), actor.UserId, actor.Name, "Rotina de janeiro", AttendanceMode.Remote, EntryKind.Contract, rider.Id));
        await EntryAsync(s, actor, new SaveTimeEntryRequest(routine, null, new DateOnly(2026, 2, 10), new(8, 0), new(9, 0), actor.UserId, actor.Name, "Rotina de fevereiro", AttendanceMode.Remote, EntryKind.Contract, rider.Id));
        await EntryAsync(s, actor, new SaveTimeEntryRequest(visit, null, day, new(9, 0), new(10, 0), actor.UserId, actor.Name, "Troca do fusor", AttendanceMode.External, EntryKind.Standalone, null, service, TravelId: travel));
        await EntryAsync(s, actor, new SaveTimeEntryRequest(rideAlong, null, day, new(10, 0), new(11, 0), actor.UserId, actor.Name, "Ajuste da guilhotina", AttendanceMode.External, EntryKind.Standalone, null, service, RideAlongTicketNumber: visit));
        await EntryAsync(s, actor, new SaveTimeEntryRequest(visit, null, day, new(11, 0), new(11, 30), actor.UserId, actor.Name, "Retorno em garantia", AttendanceMode.Remote, EntryKind.Standalone, null, service, Warranty: true));
        Ok(await s.In<ITicketWork, Result<Guid>>(t => t.SaveExtraAsync(new SaveExtraRequest(visit, null, cable, day, 4m, null, "Cabos da impressora", null), actor, default)));
        foreach (var number in new[] { routine, visit, rideAlong })
        {
            var closed = await s.In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(number, actor, default));
            Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        }

        Ok(await s.In<IBillingWorkflow, Result<BillingCreatedDto>>(b => b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(client, new PendingRequest(BillingScenario.Today, null, [client], PendingScope.Both), [], true), null,
            BillingScenario.Today, BillingScenario.Today.AddDays(10), 0m, 0m, null, null, [], "financeiro"), default)));
        var open = await TicketAsync(s, client, desk, "Toner acabando", actor);
        Ok(await s.In<ITicketWork, Result<Guid>>(t => t.SaveExtraAsync(new SaveExtraRequest(open, null, toner, new DateOnly(2026, 3, 14), 2m, null, "Toner preto", null), actor, default)));
        return new StatementWorld(client, contract);
    }

    private static async Task EntryAsync(BillingScenario s, ActorDto actor, SaveTimeEntryRequest request) =>
        Ok(await s.In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(request, actor, default)));

    private static async Task<int> TicketAsync(BillingScenario s, Guid client, Guid desk, string title, ActorDto actor) =>
        Ok(await s.In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
            new CreateTicketRequest(title, "Descrição", client, desk, null, null, null, "Caio", "caio@grafica.example", null), actor, default)));

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
