using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Billing;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications;
using Tiflux.Reporting;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets;

namespace Tiflux.Web.Tests.ScaleOut;

/// <summary>
/// A database with <see cref="Contracts"/> Livre contracts under automatic billing, spread over four clients, billed in
/// advance from <see cref="Start"/> (due day 10), so each has <see cref="CyclesPerContract"/> cycles due on
/// <see cref="RunDate"/> — enough cycles for several batches. Created through the module facades; enqueues go to the
/// Hangfire storage that worker processes of the real host read (<see cref="WorkerJobStorage"/>).
/// </summary>
internal sealed class AutomaticRunWorld : IAsyncDisposable
{
    public const int Contracts = 32;

    public const int CyclesPerContract = 12;

    public static readonly DateOnly RunDate = new(2026, 4, 20);

    public static readonly DateOnly Start = new(2025, 5, 1);

    /// <summary>Valid, distinct tax ids (the client's is unique), two CNPJs and two CPFs.</summary>
    private static readonly string[] TaxIds = ["11.222.333/0001-81", "11.444.777/0001-61", "529.982.247-25", "111.444.777-35"];

    private AutomaticRunWorld(ModuleTestServices services)
    {
        Services = services;
    }

    public ModuleTestServices Services { get; }

    public string ConnectionString => Services.Database.ConnectionString;

    public JobStorage Jobs => Services.Provider.GetRequiredService<JobStorage>();

    public static async Task<AutomaticRunWorld> CreateAsync()
    {
        var services = await ModuleTestServices.CreateAsync(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero),
            s => s.AddContractsModule(), s => s.AddTicketsModule(), s => s.AddBillingModule(), s => s.AddReportingModule(),
            s => s.AddSingleton<Tiflux.Reporting.PublicApi.IAttachmentLinkSigner, TestAttachmentLinks>(), s => s.AddNotificationsModule(), s => s.AddSingleton<Tiflux.Notifications.PublicApi.IPublicLinks, Tiflux.TestKit.TestPublicLinks>(), s => s.AddSingleton<Tiflux.Notifications.PublicApi.IStaffContacts, Tiflux.TestKit.TestStaffContacts>(),
            s => s.AddSingleton(sp => WorkerJobStorage.Open(sp.GetRequiredService<NpgsqlDataSource>().ConnectionString)),
            s => s.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>())));
        var world = new AutomaticRunWorld(services);
        try
        {
            await world.ContractsAsync();
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }

        // Installs the Hangfire schema here, before worker processes start together.
        _ = world.Jobs;
        return world;
    }

    public Task<T> Runs<T>(Func<IBillingRuns, Task<T>> action) => Services.InScopeAsync(action);

    /// <summary>Cycles the plan of <see cref="RunDate"/> would bill (due, no problem, not billed yet).</summary>
    public async Task<int> BillableAsync() => (await Runs(r => r.PlanAsync(RunDate, default))).Cycles.Count(c => c.Problem is null);

    /// <summary>(contract, cycle) pairs billed more than once.</summary>
    public Task<long> DuplicatesAsync() => Services.Database.ScalarAsync<long>(
        "SELECT count(*) FROM (SELECT contract_id, cycle_index FROM billing.billed_cycles GROUP BY 1, 2 HAVING count(*) > 1) d");

    public Task<long> BilledCyclesAsync() => Services.Database.ScalarAsync<long>("SELECT count(*) FROM billing.billed_cycles");

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private async Task ContractsAsync()
    {
        var type = Ok(await Services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync("Livre", ContractModality.Free, default)));
        var clients = new List<Guid>();
        foreach (var (taxId, i) in TaxIds.Select((t, i) => (t, i)))
        {
            var name = $"Cliente {i + 1}";
            clients.Add(Ok(await Services.InScopeAsync<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
                new SaveClientRequest(name, name + " Ltda", taxId, [$"financeiro{i + 1}@cliente.example"], ClosingReportLayout.Detailed, ""), default))));
        }

        for (var n = 0; n < Contracts; n++)
        {
            var settings = new ContractSettingsRequest($"Suporte {n + 1:D2}", BillingTiming.InAdvance, 0, true, Start, null, null, false, CycleAnchor.CalendarMonth,
                null, null, true, "", null, null, 0, 0, false, null, [], []);
            var rider = new RiderTermsRequest(Start, null, 10, 100m + n, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "");
            var client = clients[n % clients.Count];
            Ok(await Services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(
                new CreateContractRequest(client, type, settings, rider, "teste"), default)));
        }
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
}
