using System.Runtime.CompilerServices;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Reporting.Tests;

/// <summary>
/// A second client in the shared scenario's database, billed once: an Hours contract (R$ 500,00, 01:00 included,
/// R$ 120,00 per extra hour, billed in arrears) whose February cycle has 01:45 of work on 10/02/2026 — so an excess of
/// 00:45 (0,75 h, R$ 90,00) — and a standalone remote entry of 00:45 at R$ 120,00/h (R$ 90,00) on 14/03/2026.
/// </summary>
internal sealed record HoursClient(Guid ClientId, Guid ContractId, BillingDetailsDto Billing)
{
    public const decimal Fee = 500m;
    public const decimal Rate = 120m;
    public const decimal FortyFiveMinutes = 90m;
    public const string February = "01/02/2026 a 28/02/2026";

    private static readonly ConditionalWeakTable<BillingScenario, Task<HoursClient>> Created = [];

    /// <summary>The client of <paramref name="scenario"/>, created on first use.</summary>
    public static Task<HoursClient> Of(BillingScenario scenario) => Created.GetValue(scenario, CreateAsync);

    private static async Task<HoursClient> CreateAsync(BillingScenario s)
    {
        var actor = new ActorDto(Guid.CreateVersion7(), "Técnico Quarenta", MayHandleMoney: true);
        var client = Ok(await s.In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest("Ótica Quarenta e Cinco", "Ótica Quarenta e Cinco Ltda", "529.982.247-25", [], ClosingReportLayout.Detailed, ""), default)));
        var service = Ok(await s.In<ICatalogAdministration, Result<Guid>>(c => c.SaveStandaloneServiceAsync(null,
            new SaveStandaloneServiceRequest("Suporte da ótica", client, 180m, Rate, 90m, true), default)));
        var type = Ok(await s.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync("Horas da ótica", ContractModality.Hours, default)));
        var start = new DateOnly(2026, 2, 1);
        var settings = new ContractSettingsRequest("Horas da ótica", BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, null, 0, 0, false, null, [], []);
        var terms = new RiderTermsRequest(start, null, 10, Fee, 0m, DiscountType.Currency, 60, Rate, null, null, null, null, null, null, [], "");
        var contract = Ok(await s.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new CreateContractRequest(client, type, settings, terms, "teste"), default)));
        var rider = (await s.In<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(new ContractTermsRequest(null, [contract]), default))).Single().Riders[0];

        var desk = Ok(await s.In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(new SaveDeskRequest(
            null, "Mesa da ótica", ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false), default)));
        var contractTicket = await TicketAsync(s, client, desk, "Rotina da ótica", actor);
        var standaloneTicket = await TicketAsync(s, client, desk, "Impressora da ótica", actor);
        Ok(await s.In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(new SaveTimeEntryRequest(
            contractTicket, null, new DateOnly(2026, 2, 10), new(8, 0), new(9, 45), actor.UserId, actor.Name, "Manutenção mensal", AttendanceMode.Remote, EntryKind.Contract, rider.Id), actor, default)));
        Ok(await s.In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(new SaveTimeEntryRequest(
            standaloneTicket, null, new DateOnly(2026, 3, 14), new(10, 0), new(10, 45), actor.UserId, actor.Name, "Troca do toner", AttendanceMode.Remote, EntryKind.Standalone, null, service), actor, default)));
        foreach (var number in new[] { contractTicket, standaloneTicket })
        {
            var closed = await s.In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(number, actor, default));
            Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        }

        var created = Ok(await s.In<IBillingWorkflow, Result<BillingCreatedDto>>(b => b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(client, new PendingRequest(BillingScenario.Today, null, [client], PendingScope.Both), [], true), null,
            BillingScenario.Today, BillingScenario.Today.AddDays(10), 0m, 0m, null, null, [], "financeiro"), default)));
        var billing = (await s.In<IBillingWorkflow, BillingDetailsDto?>(b => b.GetBillingAsync(created.Id, default)))!;
        return new HoursClient(client, contract, billing);
    }

    private static async Task<int> TicketAsync(BillingScenario s, Guid client, Guid desk, string title, ActorDto actor) =>
        Ok(await s.In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
            new CreateTicketRequest(title, "Descrição", client, desk, null, null, null, "Bia", "bia@otica.example", null), actor, default)));

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
