using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage;

namespace Tiflux.TestKit;

/// <summary>
/// The Hangfire storage the worker processes of <see cref="WorkerProcesses"/> read, configured as the host configures
/// it (Host/Tiflux.Web/Hosting/HangfireSetup.cs: schema <c>hangfire</c>, compatibility level 1.8, simple assembly
/// names, recommended serializer settings), so that a job enqueued from this process is one the workers can run —
/// and at once: with long polling the enqueue notifies the waiting workers (without it they find the job at their next
/// queue poll, up to 15 s later).
/// Creating it installs the schema, which is better done once here than by N workers starting together.
/// <see cref="JobStorage.Current"/> is left alone: a test process may have its own in-process host using it.
/// Shared with Tiflux.Benchmarks as a linked file.
/// </summary>
internal static class WorkerJobStorage
{
    public const string Schema = "hangfire";

    public static JobStorage Open(string connectionString)
    {
        // The serializer settings are process-wide; these are the values every host in the solution sets.
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
        var options = new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true, EnableLongPolling = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>
    /// Removes every recurring job the worker processes registered at start-up (outbox delivery with its closing-report
    /// PDFs, sweeps, polls, the scheduled run), so that a measured run competes with nothing for the worker threads.
    /// The workers register them again only when they start. Returns the ids removed.
    /// </summary>
    public static IReadOnlyList<string> RemoveRecurringJobs(JobStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        using var connection = storage.GetConnection();
        var ids = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        var manager = new RecurringJobManager(storage);
        foreach (var id in ids)
        {
            manager.RemoveIfExists(id);
        }

        return ids;
    }
}
