using Npgsql;

namespace Tiflux.Benchmarks;

/// <summary>
/// The database the generator writes into: named explicitly, never the app's own (<c>tiflux</c>, or the one in
/// TIFLUX_DB / ConnectionStrings__Tiflux), created when missing, and refused when it already holds data unless
/// <c>--force</c> is given on a name starting with <c>bench</c> (then it is dropped and created again).
/// </summary>
internal static class BenchDatabase
{
    public static string ConnectionString(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600, MaxPoolSize = 50 }.ConnectionString;

    public static async Task<string> PrepareAsync(string server, string? database, bool force, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(database))
        {
            throw new BenchException("Name the database to fill with --db <name> (for example --db bench_1k).");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(database, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            throw new BenchException($"'{database}' is not a plain lower-case database name.");
        }

        foreach (var appDb in AppDatabases())
        {
            if (string.Equals(appDb, database, StringComparison.OrdinalIgnoreCase))
            {
                throw new BenchException($"'{database}' is the app's own database; the generator never writes into it.");
            }
        }

        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        var exists = await ScalarAsync(connection, $"SELECT count(*) FROM pg_database WHERE datname = '{database}'", cancellationToken) > 0;
        if (exists)
        {
            var target = ConnectionString(server, database);
            if (await HasDataAsync(target, cancellationToken))
            {
                if (!force || !database.StartsWith("bench", StringComparison.Ordinal))
                {
                    throw new BenchException($"Database '{database}' already contains data. Use another name, or --force on a name starting with 'bench' to drop and recreate it.");
                }

                NpgsqlConnection.ClearAllPools();
                await ExecAsync(connection, $"DROP DATABASE \"{database}\" WITH (FORCE)", cancellationToken);
                exists = false;
            }
        }

        if (!exists)
        {
            await ExecAsync(connection, $"CREATE DATABASE \"{database}\"", cancellationToken);
        }

        return ConnectionString(server, database);
    }

    /// <summary>Drops a benchmark's own database (a name starting with <c>bench</c>) once its figures are taken.</summary>
    public static async Task DropAsync(string server, string database, CancellationToken cancellationToken)
    {
        if (!database.StartsWith("bench", StringComparison.Ordinal) || !System.Text.RegularExpressions.Regex.IsMatch(database, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            throw new BenchException($"'{database}' is not a benchmark database; it is never dropped.");
        }

        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        await ExecAsync(connection, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", cancellationToken);
    }

    private static IEnumerable<string> AppDatabases()
    {
        yield return "tiflux";
        foreach (var variable in new[] { "TIFLUX_DB", "ConnectionStrings__Tiflux" })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } cs)
            {
                string? name = null;
                try
                {
                    name = new NpgsqlConnectionStringBuilder(cs).Database;
                }
                catch (ArgumentException)
                {
                    // not a connection string: nothing to protect
                }

                if (!string.IsNullOrEmpty(name))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>Any row in any user table of the module schemas counts as data.</summary>
    private static async Task<bool> HasDataAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') AND table_name <> '__ef_migrations_history'", connection))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            if (await ScalarAsync(connection, $"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1) x", cancellationToken) > 0)
            {
                // billing_settings / organization settings rows are created by migrations; they are not data.
                if (table.EndsWith("settings", StringComparison.Ordinal))
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    public static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task ExecAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A problem to report to the person running the tool (no stack trace).</summary>
internal sealed class BenchException(string message) : Exception(message);
