using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing;
using Tiflux.Billing.Outbox;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets;

namespace Tiflux.Integrations.Tests;

/// <summary>
/// Contracts, Tickets, Billing and Integrations on a fresh database, with the integration base URLs pointed at the
/// fakes and a recording job client: tests run the jobs themselves, as Hangfire would.
/// </summary>
public sealed class IntegrationWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 15);
    public const string ClientTaxId = "11.444.777/0001-61";

    private IntegrationWorld(ModuleTestServices services, RecordingJobClient jobs)
    {
        Services = services;
        Jobs = jobs;
    }

    public ModuleTestServices Services { get; }

    public RecordingJobClient Jobs { get; }

    public Guid ClientId { get; private set; }

    public static async Task<IntegrationWorld> CreateAsync(Uri? asaas = null, Uri? contaAzul = null, int timeoutSeconds = 5, Action<IServiceCollection>? extra = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Integrations:AsaasSandboxUrl"] = asaas?.ToString() ?? "http://127.0.0.1:9",
            ["Integrations:AsaasProductionUrl"] = "http://127.0.0.1:9",
            ["Integrations:ContaAzulAuthUrl"] = contaAzul?.ToString() ?? "http://127.0.0.1:9",
            ["Integrations:ContaAzulApiUrl"] = contaAzul?.ToString() ?? "http://127.0.0.1:9",
            ["Integrations:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var jobs = new RecordingJobClient();
        var services = await ModuleTestServices.CreateAsync(
            Now,
            s => s.AddContractsModule(),
            s => s.AddTicketsModule(),
            s => s.AddBillingModule(),
            s => s.AddIntegrationsModule(config),
            s => s.AddSingleton<IBackgroundJobClient>(jobs),
            s => extra?.Invoke(s));
        var world = new IntegrationWorld(services, jobs);
        await world.SeedAsync();
        return world;
    }

    public Task<TResult> In<T, TResult>(Func<T, Task<TResult>> action)
        where T : notnull => Services.InScopeAsync(action);

    public async Task ConfigureAsaasAsync(AsaasBillingType type = AsaasBillingType.Boleto, bool nfse = false) =>
        Ok(await In<IIntegrationsModule, Result>(i => i.SaveSettingsAsync(new SaveIntegrationSettingsRequest(
            IntegrationProvider.Asaas, AsaasEnvironment.Sandbox, type, FakeAsaas.ApiKey, FakeAsaas.WebhookToken, nfse, nfse ? "1.07" : null,
            nfse ? "Suporte técnico em informática" : null, new NfseTaxes(false, 2m, 0.65m, 3m, 1m, 0m, 1.5m), null, null, "admin"), default)));

    /// <summary>Bills everything pending of the client (Faturar) and returns the billing id.</summary>
    public async Task<Guid> BillAsync()
    {
        var created = await In<IBillingWorkflow, Result<BillingCreatedDto>>(b => b.CommitBillingAsync(new CommitBillingRequest(
            new BillingDraftRequest(ClientId, new PendingRequest(Today, null, [ClientId], PendingScope.Both), [], true), null, Today, Today.AddDays(10), 0m, 0m, null,
            "Suporte mensal", [], "financeiro"), default));
        return Ok(created).Id;
    }

    /// <summary>Runs billing's outbox job (what the recurring job does every minute).</summary>
    public async Task DeliverOutboxAsync()
    {
        await using var scope = Services.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BillingOutboxJob>().RunAsync(CancellationToken.None);
    }

    public async Task RunChargeJobAsync(Guid billingId, bool cancel = false)
    {
        await using var scope = Services.Provider.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<ChargeJobs>();
        await (cancel ? job.CancelAsync(billingId, CancellationToken.None) : job.CreateAsync(billingId, CancellationToken.None));
    }

    public Task<ChargeDto?> ChargeAsync(Guid billingId) => In<IIntegrationsModule, ChargeDto?>(i => i.GetChargeAsync(billingId, default));

    public Task<BillingDetailsDto?> BillingAsync(Guid billingId) => In<IBillingWorkflow, BillingDetailsDto?>(b => b.GetBillingAsync(billingId, default));

    /// <summary>Jobs of <see cref="ChargeJobs"/> recorded for <paramref name="method"/> and their states.</summary>
    public IReadOnlyList<(Job Job, IState State)> ChargeJobsFor(string method) =>
        [.. Jobs.Created.Where(j => j.Job.Type == typeof(ChargeJobs) && j.Job.Method.Name == method)];

    private async Task SeedAsync()
    {
        ClientId = Ok(await In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest("Padaria Pão Quente", "Padaria Pão Quente Ltda", ClientTaxId, ["financeiro@padaria.example"], ClosingReportLayout.Detailed, ""), default)));
        var type = Ok(await In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync("Tipo Livre", ContractModality.Free, default)));
        var settings = new ContractSettingsRequest("Contrato Livre", BillingTiming.InArrears, 5, false, new DateOnly(2026, 2, 1), null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, null, 0, 0, false, null, [], []);
        var terms = new RiderTermsRequest(new DateOnly(2026, 2, 1), null, 10, 0m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "") with { Value = 800m };
        Ok(await In<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new CreateContractRequest(ClientId, type, settings, terms, "teste"), default)));
    }

    public static T Ok<T>(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public static void Ok(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
