namespace Tiflux.BuildingBlocks.Persistence;

/// <summary>
/// DDL for a module's change stamps (<see cref="Tiflux.SharedKernel.ChangeStamps"/>): a table <c>{schema}.change_stamps</c>
/// (client id → stamp; <see cref="EveryoneId"/> for rows that concern every client) and statement-level triggers on the
/// module's own tables. A trigger maps the changed rows (old and new versions) to client ids with a query and bumps
/// each client's stamp once per statement, so bulk updates and COPY cost one upsert per client, not per row.
/// A stamp only grows (<c>greatest(old + 1, next value)</c>) even when two transactions take sequence values out of
/// order, so "equal stamps" reliably means "nothing changed".
/// </summary>
public static class ChangeStampTriggers
{
    /// <summary>The key of the stamp that concerns every client.</summary>
    public static readonly Guid EveryoneId = Guid.Empty;

    /// <summary>The stamp table, its sequence and a seed stamp for every client returned by <paramref name="seedClientsSql"/>.</summary>
    public static string CreateTable(string schema, string seedClientsSql) => $"""
        CREATE SEQUENCE {schema}.change_stamp_seq;
        CREATE TABLE {schema}.change_stamps (client_id uuid PRIMARY KEY, stamp bigint NOT NULL);
        INSERT INTO {schema}.change_stamps (client_id, stamp)
            SELECT client_id, nextval('{schema}.change_stamp_seq') FROM ({seedClientsSql}) seed(client_id) GROUP BY client_id;
        INSERT INTO {schema}.change_stamps (client_id, stamp) VALUES ('{EveryoneId}', nextval('{schema}.change_stamp_seq'));
        """;

    public static string DropTable(string schema) => $"""
        DROP TABLE IF EXISTS {schema}.change_stamps;
        DROP SEQUENCE IF EXISTS {schema}.change_stamp_seq;
        """;

    /// <summary>
    /// Triggers on <paramref name="table"/>. <paramref name="clientsOfRows"/> is a query returning one column of client
    /// ids from the changed rows, written with <c>{rows}</c> for them, aliased <c>changed</c>:
    /// <c>SELECT t.client_id FROM tickets.tickets t WHERE t.id = ANY (ARRAY(SELECT changed.ticket_id FROM {rows}))</c> (the
    /// array keeps the planner on the key index: it has no size estimate for a transition table). An update counts both the
    /// old and the new version of each row (a ticket moved to another client changes both clients).
    /// </summary>
    public static string Track(string schema, string table, string clientsOfRows)
    {
        var function = $"{schema}.stamp_{table}";
        string Bump(string rows) => $"""
            INSERT INTO {schema}.change_stamps AS s (client_id, stamp)
                SELECT c.client_id, nextval('{schema}.change_stamp_seq')
                FROM (SELECT DISTINCT client_id FROM ({clientsOfRows.Replace("{rows}", rows, StringComparison.Ordinal)}) x(client_id)
                      WHERE client_id IS NOT NULL ORDER BY client_id) c
                ON CONFLICT (client_id) DO UPDATE SET stamp = greatest(s.stamp + 1, excluded.stamp);
            """;
        return $"""
            CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                {Bump("changed_rows AS changed")}
                RETURN NULL;
            END $body$;
            CREATE FUNCTION {function}_update() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                {Bump("(SELECT * FROM old_rows UNION ALL SELECT * FROM changed_rows) AS changed")}
                RETURN NULL;
            END $body$;
            CREATE TRIGGER stamp_insert AFTER INSERT ON {schema}.{table}
                REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();
            CREATE TRIGGER stamp_update AFTER UPDATE ON {schema}.{table}
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}_update();
            CREATE TRIGGER stamp_delete AFTER DELETE ON {schema}.{table}
                REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();
            """;
    }

    /// <summary>Triggers on a table whose rows concern every client (settings).</summary>
    public static string TrackForEveryone(string schema, string table) =>
        Track(schema, table, $"SELECT '{EveryoneId}'::uuid FROM {{rows}}");

    public static string Untrack(string schema, string table) => $"""
        DROP TRIGGER IF EXISTS stamp_insert ON {schema}.{table};
        DROP TRIGGER IF EXISTS stamp_update ON {schema}.{table};
        DROP TRIGGER IF EXISTS stamp_delete ON {schema}.{table};
        DROP FUNCTION IF EXISTS {schema}.stamp_{table}();
        DROP FUNCTION IF EXISTS {schema}.stamp_{table}_update();
        """;
}
