using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Billing;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// A client with an Horas contract (10:00 included) and a Crédito contract (R$ 777,77 per cycle, R$ 123,45/h remote,
/// R$ 210,00/h external), both started two months ago; contract entries last month (Horas 3:00 remote + 1:00 warranty,
/// Crédito 1:00 remote) and on the first of this month (Horas 2:00 remote, Crédito 1:00 external). Plus another client
/// with its own Horas contract, which the first client's portal user must never reach.
/// </summary>
public sealed class ReportsScenario
{
    public const decimal CreditValue = 777.77m;
    public const decimal RemoteRate = 123.45m;
    public const decimal ExternalRate = 210m;

    private ReportsScenario(IServiceProvider services) => Services = services;

    public IServiceProvider Services { get; }

    public Guid ClientId { get; private set; }

    public Guid HoursContractId { get; private set; }

    public Guid CreditContractId { get; private set; }

    public string HoursContractName { get; private set; } = "";

    public string CreditContractName { get; private set; } = "";

    public Guid OtherClientId { get; private set; }

    public Guid OtherContractId { get; private set; }

    public string OtherContractName { get; private set; } = "";

    public static DateOnly Today => BillingScenario.Today;

    public static DateOnly ThisMonth => new(Today.Year, Today.Month, 1);

    public static DateOnly LastMonth => ThisMonth.AddMonths(-1);

    public static async Task<ReportsScenario> CreateAsync(IServiceProvider services)
    {
        var scenario = new ReportsScenario(services);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var tech = new ActorDto(Guid.CreateVersion7(), "Técnico " + suffix, MayHandleMoney: true);
        var desk = Ok(await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            default));

        scenario.ClientId = await ClientAsync(sp, "Portal " + suffix);
        scenario.HoursContractName = "Horas " + suffix;
        scenario.CreditContractName = "Crédito " + suffix;
        scenario.HoursContractId = await ContractAsync(sp, scenario.ClientId, ContractModality.Hours, scenario.HoursContractName,
            r => r with { Value = 1000m, IncludedMinutes = 600, SurplusHourRate = 150m });
        scenario.CreditContractId = await ContractAsync(sp, scenario.ClientId, ContractModality.Credit, scenario.CreditContractName,
            r => r with { Value = CreditValue, Tax = 0m, ExternalRate = ExternalRate, RemoteRate = RemoteRate, InternalRate = 90m });
        var hoursRider = await RiderAsync(sp, scenario.HoursContractId);
        var creditRider = await RiderAsync(sp, scenario.CreditContractId);
        var ticket = Ok(await sp.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest("Rotina " + suffix, "Detalhes", scenario.ClientId, desk, null, null, null, "Ana", "ana@portal.example", null), tech, default));
        var work = sp.GetRequiredService<ITicketWork>();
        async Task EntryAsync(DateOnly day, int from, int to, AttendanceMode mode, Guid rider, string description, bool warranty = false) =>
            Ok(await work.SaveTimeEntryAsync(
                new SaveTimeEntryRequest(ticket, null, day, new TimeOnly(from, 0), new TimeOnly(to, 0), tech.UserId, tech.Name, description, mode, EntryKind.Contract, rider, Warranty: warranty),
                tech, default));
        await EntryAsync(LastMonth.AddDays(4), 8, 11, AttendanceMode.Remote, hoursRider, "Atualização de servidores");
        await EntryAsync(LastMonth.AddDays(4), 14, 15, AttendanceMode.Remote, hoursRider, "Retrabalho em garantia", warranty: true);
        await EntryAsync(LastMonth.AddDays(5), 8, 9, AttendanceMode.Remote, creditRider, "Configuração de VPN");
        await EntryAsync(ThisMonth, 8, 10, AttendanceMode.Remote, hoursRider, "Backup mensal");
        await EntryAsync(ThisMonth, 10, 11, AttendanceMode.External, creditRider, "Visita ao cliente");

        scenario.OtherClientId = await ClientAsync(sp, "Outro " + suffix);
        scenario.OtherContractName = "Alheio " + suffix;
        scenario.OtherContractId = await ContractAsync(sp, scenario.OtherClientId, ContractModality.Hours, scenario.OtherContractName,
            r => r with { Value = 500m, IncludedMinutes = 60, SurplusHourRate = 100m });
        return scenario;
    }

    /// <summary>The billing engine's usage of the client's contracts in the cycle containing <paramref name="date"/>.</summary>
    public async Task<IReadOnlyList<ContractUsageDto>> UsageAsync(DateOnly date)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetCurrentUsageAsync(ClientId, date, default);
    }

    /// <summary>Cancels the Horas contract on <paramref name="on"/> (it becomes inactive, its cycles stay).</summary>
    public async Task CancelHoursContractAsync(DateOnly on)
    {
        await using var scope = Services.CreateAsyncScope();
        var cancelled = await scope.ServiceProvider.GetRequiredService<IContractsAdministration>().CancelContractAsync(HoursContractId, on, "encerrado", default);
        Assert.True(cancelled.IsSuccess, string.Join("; ", cancelled.Errors.Select(e => e.Message)));
    }

    private static async Task<Guid> ClientAsync(IServiceProvider sp, string name) =>
        Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest(name, name + " Ltda", BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), default));

    private static async Task<Guid> ContractAsync(IServiceProvider sp, Guid client, ContractModality modality, string name, Func<RiderTermsRequest, RiderTermsRequest> rider)
    {
        var contracts = sp.GetRequiredService<IContractsAdministration>();
        var type = Ok(await contracts.CreateContractTypeAsync("Tipo " + name, modality, default));
        var start = ThisMonth.AddMonths(-2);
        var settings = new ContractSettingsRequest(
            name, BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null, true, "", null, null, 0, 0, false, null, [], []);
        var terms = rider(new RiderTermsRequest(start, null, 10, 0m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], ""));
        return Ok(await contracts.CreateContractAsync(new CreateContractRequest(client, type, settings, terms, "teste"), default));
    }

    private static async Task<Guid> RiderAsync(IServiceProvider sp, Guid contract) =>
        (await sp.GetRequiredService<IContractsModule>().GetContractTermsAsync(new ContractTermsRequest(null, [contract]), default)).Single().Riders[0].Id;

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
