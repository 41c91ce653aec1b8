using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Tests.Billing;

/// <summary>
/// One client with a Livre contract started two months ago (R$ 1.000,00 per cycle, billed in advance) and a reviewed
/// ticket with two standalone remote entries at R$ 120,00/h (1 h and 2 h) and one warranty entry — all through the
/// modules' facades, as the pages would see them.
/// </summary>
public sealed class BillingScenario
{
    public const decimal CycleFee = 1000m;
    public const decimal RemoteRate = 120m;

    private BillingScenario(IServiceProvider services) => Services = services;

    public IServiceProvider Services { get; }

    public Guid ClientId { get; private set; }

    public string ClientName { get; private set; } = "";

    public string ContractName { get; private set; } = "";

    public int TicketNumber { get; private set; }

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")).DateTime);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ClientPage => $"/faturamento/cliente/{ClientId}?modo=base&data={Iso(Today)}&escopo=ambos";

    public static async Task<BillingScenario> CreateAsync(IServiceProvider services, string namePrefix = "Cliente")
    {
        var scenario = new BillingScenario(services);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        scenario.ClientName = $"{namePrefix} {suffix}";
        scenario.ContractName = $"Suporte mensal {suffix}";
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var clients = sp.GetRequiredService<IClientsAdministration>();
        var contracts = sp.GetRequiredService<IContractsAdministration>();
        var catalog = sp.GetRequiredService<ICatalogAdministration>();
        var lifecycle = sp.GetRequiredService<ITicketLifecycle>();
        var work = sp.GetRequiredService<ITicketWork>();
        var setup = sp.GetRequiredService<ITicketSetup>();
        var ct = CancellationToken.None;
        var tech = new ActorDto(Guid.CreateVersion7(), "Técnica " + suffix, MayHandleMoney: true);

        scenario.ClientId = Ok(await clients.CreateClientAsync(
            new SaveClientRequest(scenario.ClientName, scenario.ClientName + " Ltda", NewCpf(), [], ClosingReportLayout.Detailed, ""), ct));
        var type = Ok(await contracts.CreateContractTypeAsync("Livre " + suffix, ContractModality.Free, ct));
        var start = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2);
        var settings = new ContractSettingsRequest(
            scenario.ContractName, BillingTiming.InAdvance, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null,
            true, "", null, null, 0, 0, false, null, [], []);
        var rider = new RiderTermsRequest(start, null, 10, CycleFee, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "");
        Ok(await contracts.CreateContractAsync(new CreateContractRequest(scenario.ClientId, type, settings, rider, "teste"), ct));
        var service = Ok(await catalog.SaveStandaloneServiceAsync(null, new SaveStandaloneServiceRequest("Avulso " + suffix, scenario.ClientId, 200m, RemoteRate, 150m, true), ct));

        var desk = Ok(await setup.SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            ct));
        scenario.TicketNumber = Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest("Servidor parado", "Detalhes", scenario.ClientId, desk, null, null, null, "Ana", "ana@cliente.example", null), tech, ct));
        var day = Today.AddDays(-1);
        foreach (var (from, to, warranty) in new[] { (8, 9, false), (10, 12, false), (14, 15, true) })
        {
            Ok(await work.SaveTimeEntryAsync(
                new SaveTimeEntryRequest(scenario.TicketNumber, null, day, new TimeOnly(from, 0), new TimeOnly(to, 0), tech.UserId, tech.Name,
                    "Atendimento remoto", AttendanceMode.Remote, EntryKind.Standalone, null, service, null, null, warranty),
                tech, ct));
        }

        var closed = await lifecycle.CloseTicketAsync(scenario.TicketNumber, tech, ct);
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        return scenario;
    }

    /// <summary>The client's pending lines as the engine computes them today (data base, both scopes).</summary>
    public async Task<IReadOnlyList<PendingLineDto>> PendingAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var billing = scope.ServiceProvider.GetRequiredService<IBillingModule>();
        return await billing.GetPendingLinesAsync(new PendingRequest(Today, null, [ClientId], PendingScope.Both), CancellationToken.None);
    }

    public async Task<BillingHistoryDto> HistoryAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<IBillingWorkflow>();
        return (await workflow.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, ClientId, null, null, null, 1, 200), CancellationToken.None)).Value;
    }

    public static string Money(decimal value) => (value < 0 ? "−R$ " : "R$ ") + Math.Abs(value).ToString("N2", CultureInfo.GetCultureInfo("pt-BR"));

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    internal static string NewCpf()
    {
        var digits = new int[11];
        for (var i = 0; i < 9; i++)
        {
            digits[i] = Random.Shared.Next(10);
        }

        digits[0] = 1 + Random.Shared.Next(9);
        for (var check = 9; check < 11; check++)
        {
            var sum = 0;
            for (var i = 0; i < check; i++)
            {
                sum += digits[i] * (check + 1 - i);
            }

            var rest = sum * 10 % 11;
            digits[check] = rest == 10 ? 0 : rest;
        }

        return string.Concat(digits);
    }
}
