using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Api.Tokens;
using Tiflux.Web.Identity;

namespace Tiflux.Api.Tests;

/// <summary>
/// The real host on its own PostgreSQL database (Hangfire server off), a small world created through the module
/// facades, and a token per role: Admin, Finance, Technician and a client-portal user of <see cref="ClientId"/>.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3)).AddDays(-1);

    private readonly Dictionary<string, string> tokens = [];
    private int workDays;

    public ApiAppFactory Factory { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public Guid ClientId { get; private set; }

    public Guid OtherClientId { get; private set; }

    public Guid DeskId { get; private set; }

    public Guid HoursContractId { get; private set; }

    public Guid RiderId { get; private set; }

    public Guid ServiceId { get; private set; }

    public Guid TravelId { get; private set; }

    /// <summary>Reviewed ticket of <see cref="ClientId"/> with a contract entry, a standalone entry with travel, and a warranty entry.</summary>
    public int ReviewedTicket { get; private set; }

    /// <summary>Open ticket of <see cref="ClientId"/>.</summary>
    public int OpenTicket { get; private set; }

    /// <summary>Open ticket of <see cref="OtherClientId"/> (invisible to the portal user).</summary>
    public int OtherClientTicket { get; private set; }

    public Guid TechnicianId { get; private set; }

    public const string TechnicianName = "Técnica Ana";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Factory = new ApiAppFactory(Database);
        _ = Factory.Server;
        await SeedAsync();
    }

    public ApiClient Client(string role) => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), tokens[role]);

    public ApiClient Anonymous() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), null);

    public ApiClient WithToken(string token) => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), token);

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A new token for the user with this e-mail.</summary>
    public Task<string> IssueTokenAsync(string email) => InScopeAsync(async sp =>
    {
        var user = await sp.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        return (await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "teste", default)).Secret;
    });

    private async Task SeedAsync()
    {
        ClientId = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest("Padaria Pão Quente", "Padaria Pão Quente Ltda", "11.444.777/0001-61", ["financeiro@padaria.example"], ClosingReportLayout.Detailed, "Cliente de teste"), default)));
        OtherClientId = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest("Oficina Roda Viva", "Roda Viva Mecânica Ltda", "11.222.333/0001-81", [], ClosingReportLayout.Synthetic, ""), default)));
        var group = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.AddResourceGroupAsync(ClientId, "Servidores", default)));
        Ok(await In<IClientsAdministration, Result<Guid>>(c => c.AddResourceAsync(new AddResourceRequest(ClientId, "SRV-01", "", group), default)));
        ServiceId = Ok(await In<ICatalogAdministration, Result<Guid>>(c => c.SaveStandaloneServiceAsync(null, new SaveStandaloneServiceRequest("Suporte avulso", null, 180m, 120m, 90m, true), default)));
        TravelId = Ok(await In<ICatalogAdministration, Result<Guid>>(c => c.SaveTravelAsync(null, new SaveTravelRequest("Visita centro", 60m, TravelScope.All, null, null, true), default)));
        var type = Ok(await In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync("Banco de horas", ContractModality.Hours, default)));
        var start = new DateOnly(Yesterday.Year, Yesterday.Month, 1).AddMonths(-2);
        var settings = new ContractSettingsRequest("Suporte 20h/mês", BillingTiming.InArrears, 5, false, start, start.AddMonths(12).AddDays(-1), 12, true, CycleAnchor.CalendarMonth,
            12, start.AddMonths(12), true, "", null, null, 0, 0, false, null, [], []);
        var terms = new RiderTermsRequest(start, null, 10, 2400m, 0m, DiscountType.Currency, 1200, 140m, null, null, null, null, null, null, [], "Primeiro adendo");
        HoursContractId = Ok(await In<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new CreateContractRequest(ClientId, type, settings, terms, "teste"), default)));
        RiderId = (await In<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(new ContractTermsRequest(null, [HoursContractId]), default))).Single().Riders[0].Id;

        DeskId = Ok(await In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(new SaveDeskRequest(
            null, "Suporte", ["Triagem", "Atendimento", "Resolvido"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Alta", "Normal"], [ClientId, OtherClientId], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false), default)));

        var (technicianEmail, _) = await Factory.CreateUserAsync(Groups.Technician);
        TechnicianId = await InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<TifluxUser>>();
            var user = (await users.FindByEmailAsync(technicianEmail))!;
            user.FullName = TechnicianName;
            await users.UpdateAsync(user);
            return user.Id;
        });
        var actor = new ActorDto(TechnicianId, TechnicianName, MayHandleMoney: true);
        ReviewedTicket = await TicketAsync(ClientId, "Servidor parado", actor);
        OpenTicket = await TicketAsync(ClientId, "Impressora fiscal sem comunicação", actor);
        OtherClientTicket = await TicketAsync(OtherClientId, "Troca de óleo do servidor", actor);
        await EntryAsync(new SaveTimeEntryRequest(ReviewedTicket, null, Yesterday, new(8, 0), new(10, 0), TechnicianId, TechnicianName, "Atualização do servidor", AttendanceMode.Remote, EntryKind.Contract, RiderId), actor);
        await EntryAsync(new SaveTimeEntryRequest(ReviewedTicket, null, Yesterday, new(14, 0), new(15, 30), TechnicianId, TechnicianName, "Visita para troca de disco", AttendanceMode.External, EntryKind.Standalone, null, ServiceId, TravelId), actor);
        await EntryAsync(new SaveTimeEntryRequest(ReviewedTicket, null, Yesterday, new(16, 0), new(16, 30), TechnicianId, TechnicianName, "Retrabalho em garantia", AttendanceMode.Remote, EntryKind.Standalone, null, ServiceId, Warranty: true), actor);
        Ok(await In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(ReviewedTicket, actor, default)));
        Ok(await In<ITicketLifecycle, Result>(t => t.ReviewTicketAsync(new ReviewTicketRequest(ReviewedTicket, true, ReviewerRole.PermissionedUser, 5, "Ótimo"), actor, default)));

        tokens[Groups.Admin] = await IssueTokenAsync(TifluxAppFactory.AdminEmail);
        tokens[Groups.Finance] = await IssueTokenAsync((await Factory.CreateUserAsync(Groups.Finance)).Email);
        tokens[Groups.Technician] = await IssueTokenAsync(technicianEmail);
        var (portalEmail, _) = await Factory.CreateUserAsync(Groups.Client);
        await InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<TifluxUser>>();
            var user = (await users.FindByEmailAsync(portalEmail))!;
            user.ClientId = ClientId;
            return await users.UpdateAsync(user);
        });
        tokens[Groups.Client] = await IssueTokenAsync(portalEmail);
    }

    /// <summary>A client of its own (random valid CNPJ) with one reviewed ticket of standalone work: 1h30 external + travel.</summary>
    public async Task<(Guid ClientId, int TicketNumber)> ClientWithReviewedWorkAsync(string name)
    {
        var clientId = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest(name, name + " Ltda", RandomCnpj(), [], ClosingReportLayout.Detailed, ""), default)));
        var deskClients = (await In<ITicketSetup, IReadOnlyList<DeskDto>>(x => x.GetDesksAsync(default))).Single(d => d.Id == DeskId).ClientIds;
        Ok(await In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(new SaveDeskRequest(
            DeskId, "Suporte", ["Triagem", "Atendimento", "Resolvido"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Alta", "Normal"], [.. deskClients, clientId], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false), default)));
        var actor = new ActorDto(TechnicianId, TechnicianName, MayHandleMoney: true);
        var ticket = await TicketAsync(clientId, "Visita técnica", actor);
        var day = Yesterday.AddDays(-Interlocked.Increment(ref workDays));
        await EntryAsync(new SaveTimeEntryRequest(ticket, null, day, new(9, 0), new(10, 30), TechnicianId, TechnicianName, "Troca de fonte", AttendanceMode.External, EntryKind.Standalone, null, ServiceId, TravelId), actor);
        Ok(await In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(ticket, actor, default)));
        Ok(await In<ITicketLifecycle, Result>(t => t.ReviewTicketAsync(new ReviewTicketRequest(ticket, true, ReviewerRole.PermissionedUser, null, null), actor, default)));
        return (clientId, ticket);
    }

    /// <summary>A valid, random CNPJ (check digits computed).</summary>
    public static string RandomCnpj()
    {
        var digits = Enumerable.Range(0, 8).Select(_ => Random.Shared.Next(10)).Concat([0, 0, 0, 1]).ToList();
        foreach (var weights in new[] { new[] { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 }, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] })
        {
            var rest = digits.Select((d, i) => d * weights[i]).Sum() % 11;
            digits.Add(rest < 2 ? 0 : 11 - rest);
        }

        return string.Concat(digits);
    }

    private async Task<int> TicketAsync(Guid clientId, string title, ActorDto actor) =>
        Ok(await In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
            new CreateTicketRequest(title, "Descrição do chamado", clientId, DeskId, null, TechnicianId, TechnicianName, "Joana", "joana@cliente.example", null), actor, default)));

    private async Task EntryAsync(SaveTimeEntryRequest request, ActorDto actor) =>
        Ok(await In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(request, actor, default)));

    public Task<TResult> In<T, TResult>(Func<T, Task<TResult>> action)
        where T : notnull => InScopeAsync(sp => action(sp.GetRequiredService<T>()));

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }

    private static void Ok(Result result) => Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>
/// The host for API tests: generous rate limits (one test lowers them on purpose). Hangfire's client state is static
/// (storage and log provider of the last host built): a short-lived host hands it back to <paramref name="restoreTo"/>
/// when disposed, or the next enqueue of the fixture's host meets a disposed logger factory.
/// </summary>
public sealed class ApiAppFactory(TestDatabase database, int requestsPerMinute = 100_000, int anonymousPerMinute = 100_000, IServiceProvider? restoreTo = null)
    : TifluxAppFactory(database, runJobs: false)
{
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (restoreTo is not null)
        {
            Hangfire.JobStorage.Current = restoreTo.GetRequiredService<Hangfire.JobStorage>();
            Hangfire.Logging.LogProvider.SetCurrentLogProvider(
                new Hangfire.AspNetCore.AspNetCoreLogProvider(restoreTo.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RequestsPerMinutePerUser", requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Api:RequestsPerMinutePerIp", anonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

[CollectionDefinition(Name)]
public sealed class ApiTestGroup : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
