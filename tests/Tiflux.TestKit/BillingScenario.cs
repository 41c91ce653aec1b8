using System.Net;
using System.Net.Sockets;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications;
using Tiflux.Reporting;
using Tiflux.SharedKernel;
using Tiflux.Tickets;
using Tiflux.Tickets.PublicApi;
using Xunit;

namespace Tiflux.TestKit;

/// <summary>
/// One database with a client, two resource groups, a Free contract, an Hours contract with contract-valued entries
/// (one under warranty) and three standalone tickets (two with resources), billed once with discount and interest —
/// all created through the module facades.
/// </summary>
public sealed class BillingScenario : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 15);
    public const string Hostile = "<script>alert('x')</script> {{ 7*7 }}";
    public const string Technician = "Técnica Joana";
    public const string OrganizationName = "Suporte Exemplo TI";

    private static readonly ActorDto Actor = new(Guid.CreateVersion7(), Technician, MayHandleMoney: true);

    public ModuleTestServices Services { get; private set; } = null!;

    /// <summary>Where the scenario's SMTP options point; nothing listens there until a test starts a server.</summary>
    public int SmtpPort { get; } = FreePort();

    /// <summary>Jobs the modules enqueued (no Hangfire server runs in module tests).</summary>
    public RecordingJobClient Jobs { get; } = new();

    public Guid ClientId { get; private set; }

    public Guid HoursContractId { get; private set; }

    public Dictionary<string, int> Tickets { get; } = [];

    public BillingDetailsDto Billing { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Organization:Name"] = OrganizationName,
            ["Organization:Cnpj"] = "11.222.333/0001-81",
            ["Organization:Address"] = "Rua das Flores, 100 — Porto Alegre/RS",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:Sender"] = "Financeiro <financeiro@suporte.example>",
            ["Smtp:TimeoutSeconds"] = "5",
        }).Build();
        Services = await ModuleTestServices.CreateAsync(
            Now,
            s => s.AddContractsModule(),
            s => s.AddTicketsModule(),
            s => s.AddBillingModule(),
            s => s.AddReportingModule(config),
            s => s.AddSingleton<Tiflux.Reporting.PublicApi.IAttachmentLinkSigner, TestAttachmentLinks>(),
            s => s.AddNotificationsModule(config),
            s => s.AddSingleton<Tiflux.Notifications.PublicApi.IPublicLinks, TestPublicLinks>(),
            s => s.AddSingleton<Tiflux.Notifications.PublicApi.IStaffContacts, TestStaffContacts>(),
            s => s.AddSingleton<IBackgroundJobClient>(Jobs),
            s => s.AddSingleton<IConfiguration>(config));

        ClientId = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest("Padaria Pão Quente", "Padaria Pão Quente Ltda", "11.444.777/0001-61", ["financeiro@padaria.example"], ClosingReportLayout.Detailed, ""), default)));
        var servers = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.AddResourceGroupAsync(ClientId, "Servidores", default)));
        var desktops = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.AddResourceGroupAsync(ClientId, "Estações", default)));
        var srv = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.AddResourceAsync(new AddResourceRequest(ClientId, "SRV-01", "", servers), default)));
        var pc = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.AddResourceAsync(new AddResourceRequest(ClientId, "PC-07", "", desktops), default)));
        var service = Ok(await In<ICatalogAdministration, Result<Guid>>(c => c.SaveStandaloneServiceAsync(null, new SaveStandaloneServiceRequest("Suporte avulso", ClientId, 180m, 120m, 90m, true), default)));

        await NewContractAsync(ContractModality.Free, "Contrato Livre", r => r with { Value = 800m });
        HoursContractId = await NewContractAsync(ContractModality.Hours, "Contrato Horas", r => r with { Value = 1000m, IncludedMinutes = 120, SurplusHourRate = 150m });
        var rider = (await In<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(new ContractTermsRequest(null, [HoursContractId]), default))).Single().Riders[0];

        var desk = Ok(await In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(new SaveDeskRequest(
            null, "Suporte", ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false), default)));

        var yesterday = Today.AddDays(-1);
        Tickets["servidor"] = await TicketAsync(desk, "Servidor parado", srv);
        Tickets["estacao"] = await TicketAsync(desk, "Estação lenta", pc);
        Tickets["avulso"] = await TicketAsync(desk, "Dúvida geral", null);
        Tickets["contrato"] = await TicketAsync(desk, "Rotina do contrato", null);
        await EntryAsync(new SaveTimeEntryRequest(Tickets["servidor"], null, yesterday, new(9, 0), new(11, 0), Actor.UserId, Technician, Hostile, AttendanceMode.Remote, EntryKind.Standalone, null, service));
        await EntryAsync(new SaveTimeEntryRequest(Tickets["estacao"], null, yesterday, new(14, 0), new(15, 0), Actor.UserId, Technician, "Limpeza de disco", AttendanceMode.External, EntryKind.Standalone, null, service));
        await EntryAsync(new SaveTimeEntryRequest(Tickets["avulso"], null, yesterday, new(8, 0), new(9, 0), Actor.UserId, Technician, "Orientação por telefone", AttendanceMode.Internal, EntryKind.Standalone, null, service));
        await EntryAsync(new SaveTimeEntryRequest(Tickets["contrato"], null, new DateOnly(2026, 3, 2), new(8, 0), new(11, 0), Actor.UserId, Technician, "Atualização mensal", AttendanceMode.Remote, EntryKind.Contract, rider.Id));
        await EntryAsync(new SaveTimeEntryRequest(Tickets["contrato"], null, new DateOnly(2026, 3, 3), new(8, 0), new(10, 0), Actor.UserId, Technician, "Retrabalho em garantia", AttendanceMode.Remote, EntryKind.Contract, rider.Id, Warranty: true));
        foreach (var number in Tickets.Values)
        {
            var closed = await In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(number, Actor, default));
            Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        }

        var created = Ok(await In<IBillingWorkflow, Result<BillingCreatedDto>>(b => b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(ClientId, new PendingRequest(Today, null, [ClientId], PendingScope.Both), [], true), null, Today, Today.AddDays(10), 30m, 12.5m, "NF-77",
            "Observação " + Hostile, [], "financeiro"), default)));
        Billing = (await In<IBillingWorkflow, BillingDetailsDto?>(b => b.GetBillingAsync(created.Id, default)))!;
    }

    public Task DisposeAsync() => Services.DisposeAsync().AsTask();

    public Task<TResult> In<T, TResult>(Func<T, Task<TResult>> action)
        where T : notnull => Services.InScopeAsync(action);

    private async Task<Guid> NewContractAsync(ContractModality modality, string name, Func<RiderTermsRequest, RiderTermsRequest> rider)
    {
        var type = Ok(await In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync("Tipo " + name, modality, default)));
        var settings = new ContractSettingsRequest(name, BillingTiming.InArrears, 5, false, new DateOnly(2026, 2, 1), null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, null, 0, 0, false, null, [], []);
        var terms = rider(new RiderTermsRequest(new DateOnly(2026, 2, 1), null, 10, 0m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], ""));
        return Ok(await In<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new CreateContractRequest(ClientId, type, settings, terms, "teste"), default)));
    }

    private async Task<int> TicketAsync(Guid desk, string title, Guid? resource) =>
        Ok(await In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
            new CreateTicketRequest(title, "Descrição", ClientId, desk, null, null, null, "Ana", "ana@padaria.example", resource), Actor, default)));

    private async Task EntryAsync(SaveTimeEntryRequest request) =>
        Ok(await In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(request, Actor, default)));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
