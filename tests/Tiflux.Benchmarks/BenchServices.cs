using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tiflux.Billing;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts;
using Tiflux.Notifications;
using Tiflux.Reporting;
using Tiflux.Reporting.PublicApi;
using Tiflux.TestKit;
using Tiflux.Tickets;

namespace Tiflux.Benchmarks;

/// <summary>The five modules wired as the host wires them (same registration methods), on one database, without Hangfire's server.</summary>
internal static class BenchServices
{
    /// <summary>Enqueued jobs (e-mail sending) are discarded: nothing runs them, and they must not pile up.</summary>
    public static ServiceProvider Build(string connectionString, TimeProvider? clock = null) =>
        Compose(connectionString, new DiscardingJobClient(), clock);

    /// <summary>For the run benchmarks: jobs go to the Hangfire storage the worker processes run (see <see cref="WorkerJobStorage"/>).</summary>
    public static ServiceProvider BuildForWorkers(string connectionString, JobStorage storage) =>
        Compose(connectionString, new BackgroundJobClient(storage), null);

    private static ServiceProvider Compose(string connectionString, IBackgroundJobClient jobs, TimeProvider? clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Organization:Name"] = "Tiflux Bench MSP",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error));
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddContractsModule();
        services.AddTicketsModule();
        services.AddBillingModule();
        services.AddReportingModule(configuration);
        services.AddSingleton<IAttachmentLinkSigner, BenchLinks>();
        services.AddNotificationsModule(configuration);
        services.AddSingleton(jobs);
        return services.BuildServiceProvider();
    }

    public static async Task MigrateAsync(ServiceProvider provider, CancellationToken cancellationToken)
    {
        foreach (var module in provider.GetServices<IModuleDatabase>().OrderBy(m => m.Order))
        {
            await module.MigrateAsync(cancellationToken);
        }
    }

    private sealed class BenchLinks : IAttachmentLinkSigner
    {
        public string LinkFor(Guid attachmentId) => "http://127.0.0.1/anexos/" + attachmentId.ToString("N");
    }

    /// <summary>Jobs (e-mail sending) are not run by the benchmarks; enqueueing them must still succeed.</summary>
    private sealed class DiscardingJobClient : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => Guid.NewGuid().ToString("N");

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
