using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tiflux.SharedKernel;

namespace Tiflux.BuildingBlocks.Persistence;

/// <summary>Reads a module's change stamps (see <see cref="ChangeStampTriggers"/>) on the context's connection.</summary>
public static class ChangeStampReader
{
    public static async Task<ChangeStamps> ReadAsync(DbContext db, string schema, CancellationToken cancellationToken)
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
            command.CommandText = $"SELECT client_id, stamp FROM {schema}.change_stamps";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
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
