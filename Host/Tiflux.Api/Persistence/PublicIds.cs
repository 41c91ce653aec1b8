using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;

namespace Tiflux.Api.Persistence;

/// <summary>
/// Gives records their API integer ids and finds records by them, in one round trip per batch. Ids are assigned the
/// first time a record appears in an API answer and never change, so the ones already seen are kept in memory (a
/// process-wide cache that never goes stale; it is emptied when it grows past its bound).
/// </summary>
internal sealed class PublicIds(NpgsqlDataSource dataSource)
{
    private const int CacheLimit = 500_000;
    private readonly ConcurrentDictionary<(PublicIdKind Kind, Guid Id), int> idOf = new();
    private readonly ConcurrentDictionary<(PublicIdKind Kind, int Id), Guid> recordOf = new();

    private const string AssignSql = """
        WITH input AS (
            SELECT DISTINCT ON (k, g) k, g, n FROM unnest(@kinds, @ids, @numbers) AS t(k, g, n)),
        inserted AS (
            INSERT INTO api.public_ids (kind, id, internal_id)
            SELECT k, COALESCE(n, nextval('api.public_id_seq')), g FROM input
            WHERE NOT EXISTS (SELECT 1 FROM api.public_ids p WHERE p.kind = input.k AND p.internal_id = input.g)
            ON CONFLICT DO NOTHING
            RETURNING kind, internal_id, id)
        SELECT kind, internal_id, id FROM inserted
        UNION ALL
        SELECT p.kind, p.internal_id, p.id FROM api.public_ids p JOIN input ON p.kind = input.k AND p.internal_id = input.g
        """;

    /// <summary>Loads (assigning where missing) the ids of every record the batch names.</summary>
    public async Task<PublicIdMap> AssignAsync(PublicIdBatch batch, CancellationToken cancellationToken)
    {
        var map = new PublicIdMap();
        foreach (var key in batch.Keys)
        {
            if (idOf.TryGetValue(key, out var known))
            {
                map.Set(key.Kind, key.Id, known);
            }
        }

        var missing = batch.Where(key => !idOf.ContainsKey(key));
        for (var attempt = 0; attempt < 3 && missing.Count > 0 && map.Count < batch.Count; attempt++)
        {
            await using var command = dataSource.CreateCommand(AssignSql);
            command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { Value = missing.Kinds() });
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = missing.Ids() });
            command.Parameters.Add(new NpgsqlParameter("numbers", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = missing.Numbers() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (kind, record, id) = ((PublicIdKind)reader.GetInt16(0), reader.GetGuid(1), reader.GetInt32(2));
                map.Set(kind, record, id);
                Remember(kind, record, id);
            }
        }

        return map;
    }

    public async Task<int> AssignAsync(PublicIdKind kind, Guid id, CancellationToken cancellationToken, int? number = null)
    {
        var batch = new PublicIdBatch();
        batch.Add(kind, id, number);
        return (await AssignAsync(batch, cancellationToken))[kind, id];
    }

    /// <summary>The record behind an API id, or null.</summary>
    public async Task<Guid?> ResolveAsync(PublicIdKind kind, int id, CancellationToken cancellationToken)
    {
        var found = await ResolveManyAsync(kind, [id], cancellationToken);
        return found.TryGetValue(id, out var internalId) ? internalId : null;
    }

    /// <summary>The records behind API ids; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<int, Guid>> ResolveManyAsync(PublicIdKind kind, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<int, Guid>();
        foreach (var id in ids)
        {
            if (recordOf.TryGetValue((kind, id), out var record))
            {
                found[id] = record;
            }
        }

        var unknown = ids.Where(id => !found.ContainsKey(id)).ToArray();
        if (unknown.Length == 0)
        {
            return found;
        }

        await using var command = dataSource.CreateCommand("SELECT id, internal_id FROM api.public_ids WHERE kind = @kind AND id = ANY(@ids)");
        command.Parameters.AddWithValue("kind", (short)kind);
        command.Parameters.AddWithValue("ids", unknown);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetInt32(0)] = reader.GetGuid(1);
            Remember(kind, reader.GetGuid(1), reader.GetInt32(0));
        }

        return found;
    }

    private void Remember(PublicIdKind kind, Guid record, int id)
    {
        if (idOf.Count >= CacheLimit)
        {
            idOf.Clear();
            recordOf.Clear();
        }

        idOf[(kind, record)] = id;
        recordOf[(kind, id)] = record;
    }
}
