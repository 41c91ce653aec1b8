using Npgsql;

namespace Tiflux.Benchmarks;

/// <summary>A client with pending lines on the base date, chosen in the database for the per-client billing screen.</summary>
internal static class PendingClientPick
{
    public sealed record Client(Guid Id, string Name, long Entries);

    // Unbilled, non-warranty standalone entries of tickets reviewed by the base date (the floor's standalone rule); the
    // report client (150 entries on one ticket, for the PDF benchmark) is left out: it is not an ordinary client.
    private const string BusiestSql = """
        SELECT c.id, c.name, count(*)
        FROM tickets.time_entries e
        JOIN tickets.tickets t ON t.id = e.ticket_id
        JOIN contracts.clients c ON c.id = t.client_id
        WHERE t.state = 3 AND t.reviewed_on <= @base AND e.kind = 2 AND e.billed_in_billing_id IS NULL AND NOT e.warranty
          AND c.name <> @report
        GROUP BY c.id, c.name
        ORDER BY count(*) DESC, c.id
        LIMIT 1
        """;

    /// <summary>The client with the most pending standalone entries (the heaviest ordinary screen), or null when none has any.</summary>
    public static async Task<Client?> BusiestAsync(string cs, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(BusiestSql, connection);
        cmd.Parameters.AddWithValue("base", Generator.BaseDate);
        cmd.Parameters.AddWithValue("report", Generator.ReportClientName);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new Client(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2)) : null;
    }
}
