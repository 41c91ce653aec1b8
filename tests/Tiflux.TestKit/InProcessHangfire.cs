using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Tiflux.TestKit;

/// <summary>
/// Real Hangfire on a test database: PostgreSQL storage, a client to register in <see cref="ModuleTestServices"/>, and
/// servers with a chosen number of workers that resolve jobs from the test's service provider (one scope per job, as
/// the host does). Each server is a separate Hangfire server, as a worker process would be.
/// </summary>
public sealed class InProcessHangfire : IAsyncDisposable
{
    private readonly List<BackgroundJobServer> _servers = [];

    private InProcessHangfire(JobStorage storage) => Storage = storage;

    public JobStorage Storage { get; }

    /// <summary>Storage on the database of <paramref name="dataSource"/>, in the host's schema, created on first use.</summary>
    public static InProcessHangfire On(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = WorkerJobStorage.Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(50),
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
            UseSlidingInvisibilityTimeout = true,
        };
        return new InProcessHangfire(new PostgreSqlStorage(new NpgsqlConnectionFactory(dataSource.ConnectionString, options), options));
    }

    public IBackgroundJobClient Client => new BackgroundJobClient(Storage);

    /// <summary>Registers the storage (on the test database) and its client; start servers from the built provider.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(sp => On(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => sp.GetRequiredService<InProcessHangfire>().Client);
    }

    /// <summary>Starts a server with <paramref name="workers"/> workers on <paramref name="queues"/>.</summary>
    public BackgroundJobServer StartServer(IServiceProvider services, int workers, params string[] queues)
    {
        var server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                WorkerCount = workers,
                Queues = queues,
                Activator = new ScopedActivator(services.GetRequiredService<IServiceScopeFactory>()),
                SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
                ServerName = $"test-{Guid.NewGuid():N}",
            },
            Storage);
        _servers.Add(server);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            server.SendStop();
        }

        foreach (var server in _servers)
        {
            await server.WaitForShutdownAsync(CancellationToken.None);
            server.Dispose();
        }
    }

    private sealed class ScopedActivator(IServiceScopeFactory scopes) : JobActivator
    {
        public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateAsyncScope());

        private sealed class Scope(AsyncServiceScope scope) : JobActivatorScope
        {
            public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

            public override void DisposeScope() => scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
