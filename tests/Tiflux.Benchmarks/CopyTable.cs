using Npgsql;
using NpgsqlTypes;

namespace Tiflux.Benchmarks;

/// <summary>
/// Binary COPY into one module table. The column types are read from the migrated schema, so an enum is written as
/// text where the app stores it as a string and as an integer where it stores the number.
/// </summary>
internal sealed class CopyTable : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly NpgsqlDbType[] _types;
    private readonly bool[] _textual;

    private CopyTable(NpgsqlBinaryImporter importer, NpgsqlDbType[] types, bool[] textual)
    {
        _importer = importer;
        _types = types;
        _textual = textual;
    }

    public long Rows { get; private set; }

    public static async Task<CopyTable> OpenAsync(NpgsqlConnection connection, string schema, string table, params string[] columns)
    {
        var known = new Dictionary<string, (string Type, string Udt)>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = @s AND table_name = @t", connection))
        {
            cmd.Parameters.AddWithValue("s", schema);
            cmd.Parameters.AddWithValue("t", table);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                known[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        var types = new NpgsqlDbType[columns.Length];
        var textual = new bool[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            if (!known.TryGetValue(columns[i], out var type))
            {
                throw new BenchException($"Column {schema}.{table}.{columns[i]} does not exist: the generator is out of date with the migrations.");
            }

            (types[i], textual[i]) = Map(type.Udt);
        }

        var importer = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.{table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        return new CopyTable(importer, types, textual);
    }

    private static (NpgsqlDbType, bool) Map(string udt) => udt switch
    {
        "uuid" => (NpgsqlDbType.Uuid, false),
        "text" or "varchar" or "bpchar" => (NpgsqlDbType.Text, true),
        "int4" => (NpgsqlDbType.Integer, false),
        "int2" => (NpgsqlDbType.Smallint, false),
        "int8" => (NpgsqlDbType.Bigint, false),
        "numeric" => (NpgsqlDbType.Numeric, false),
        "date" => (NpgsqlDbType.Date, false),
        "time" => (NpgsqlDbType.Time, false),
        "timestamptz" => (NpgsqlDbType.TimestampTz, false),
        "bool" => (NpgsqlDbType.Boolean, false),
        "jsonb" => (NpgsqlDbType.Jsonb, true),
        "_text" or "_varchar" => (NpgsqlDbType.Array | NpgsqlDbType.Text, false),
        "_uuid" => (NpgsqlDbType.Array | NpgsqlDbType.Uuid, false),
        "bytea" => (NpgsqlDbType.Bytea, false),
        _ => throw new BenchException($"Column type {udt} is not handled by the generator."),
    };

    public async Task RowAsync(params object?[] values)
    {
        await _importer.StartRowAsync();
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            switch (value)
            {
                case null:
                    await _importer.WriteNullAsync();
                    break;
                case Enum e:
                    if (_textual[i])
                    {
                        await _importer.WriteAsync(e.ToString(), NpgsqlDbType.Text);
                    }
                    else
                    {
                        await _importer.WriteAsync(Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture), _types[i]);
                    }

                    break;
                default:
                    await _importer.WriteAsync(value, _types[i]);
                    break;
            }
        }

        Rows++;
    }

    public async Task<ulong> CompleteAsync() => await _importer.CompleteAsync();

    public async ValueTask DisposeAsync() => await _importer.DisposeAsync();
}
