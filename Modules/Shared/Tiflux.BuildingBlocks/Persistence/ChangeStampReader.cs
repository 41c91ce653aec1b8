using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tiflux.SharedKernel;

namespace Tiflux.BuildingBlocks.Persistence;

/// <summary>Reads a module's change stamps (see <see cref="ChangeStampTriggers"/>) on the context's connection.</summary>
public static class ChangeStampReader
{
    public static Task<ChangeStamps> ReadAsync(DbContext db, string schema, CancellationToken cancellationToken) =>
        WithCommandAsync(db, $"SELECT client_id, stamp FROM {schema}.change_stamps", async command =>
        {
            var clients = new Dictionary<Guid, long>();
            long everyone = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(0);
                if (id == ChangeStampTriggers.EveryoneId)
                {
                    everyone = reader.GetInt64(1);
                }
                else
                {
                    clients[id] = reader.GetInt64(1);
                }
            }

            return new ChangeStamps(clients, everyone);
        }, cancellationToken);

    /// <summary>
    /// One value that changes whenever any stamp changes: the count and the sum of the stamps. A stamp only grows and
    /// rows are never deleted, so an equal version means every stamp is as it was — one aggregate row instead of one
    /// row per client, for readers that only need to know whether anything changed.
    /// </summary>
    public static Task<string> ReadVersionAsync(DbContext db, string schema, CancellationToken cancellationToken) =>
        WithCommandAsync(db, $"SELECT count(*) || ':' || coalesce(sum(stamp), 0) FROM {schema}.change_stamps", async command =>
            (string)(await command.ExecuteScalarAsync(cancellationToken))!, cancellationToken);

    private static async Task<T> WithCommandAsync<T>(DbContext db, string sql, Func<System.Data.Common.DbCommand, Task<T>> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return await read(command);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
