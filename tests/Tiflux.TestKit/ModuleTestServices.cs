using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.TestKit;

/// <summary>
/// Modules wired as the host wires them, on a fresh migrated database, with a controllable clock — for tests that go
/// through module facades without HTTP.
/// </summary>
public sealed class ModuleTestServices : IAsyncDisposable
{
    private ModuleTestServices(TestDatabase database, ServiceProvider provider, FakeTimeProvider clock)
    {
        Database = database;
        Provider = provider;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<ModuleTestServices> CreateAsync(DateTimeOffset now, params Action<IServiceCollection>[] modules)
    {
        var database = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(database.ConnectionString).Build());
        foreach (var register in modules)
        {
            register(services);
        }

        // Modules enqueue jobs (billing runs, e-mail); a test that runs none only needs enqueueing to work.
        services.TryAddSingleton<Hangfire.IBackgroundJobClient, RecordingJobClient>();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        foreach (var module in provider.GetServices<IModuleDatabase>().OrderBy(m => m.Order))
        {
            await module.MigrateAsync(CancellationToken.None);
        }

        return new ModuleTestServices(database, provider, clock);
    }

    /// <summary>Resolves <typeparamref name="T"/> from a new scope, as one request would.</summary>
    public async Task<TResult> InScopeAsync<T, TResult>(Func<T, Task<TResult>> action)
        where T : notnull
    {
        await using var scope = Provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}
