using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Tasks;

namespace Panorama.Sync.Store;

/// <summary>
/// The few differences raw SQL must know between the two stores. Values are written exactly as the EF model stores
/// them: on SQLite a <see cref="Guid"/> is upper-case text, a <see cref="DateTimeOffset"/> is UTC ticks (the model's
/// <c>UtcTicksConverter</c>) and a <see cref="DateOnly"/> is <c>yyyy-MM-dd</c> text; PostgreSQL takes them natively.
/// </summary>
internal sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(false);
    public static readonly SqlDialect Postgres = new(true);

    private SqlDialect(bool isPostgres) => IsPostgres = isPostgres;

    public bool IsPostgres { get; }

    /// <summary>
    /// How a claim query locks its rows: PostgreSQL skips rows another node is claiming; SQLite serves one node and
    /// its writing transactions already exclude each other.
    /// </summary>
    public string SkipLocked => IsPostgres ? " FOR UPDATE SKIP LOCKED" : "";

    public static SqlDialect For(PanoramaDbContext db) =>
        db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" ? Postgres : Sqlite;

    /// <summary>The dialect of the connection a command belongs to.</summary>
    public static SqlDialect For(System.Data.Common.DbCommand command) =>
        command.GetType().Namespace?.StartsWith("Npgsql", StringComparison.Ordinal) == true ? Postgres : Sqlite;

    public object Guid(Guid value) => IsPostgres ? value : value.ToString().ToUpperInvariant();

    public object Time(DateTimeOffset value) => IsPostgres ? value.ToUniversalTime() : value.UtcTicks;

    public object Time(DateTimeOffset? value) => value is { } v ? Time(v) : DBNull.Value;

    public object Date(DateOnly? value) => value switch
    {
        null => DBNull.Value,
        { } d when IsPostgres => d,
        { } d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static object Value(object? value) => value ?? DBNull.Value;

    /// <summary>
    /// An issue's fields as the column keeps them: on SQLite the stored form (<see cref="StoredFields"/>, bound as a
    /// blob by the row statement), on PostgreSQL the JSON text.
    /// </summary>
    public object Fields(TaskRow row) => IsPostgres
        ? Encoding.UTF8.GetString(row.FieldsUtf8)
        : row.StoredFields ?? StoredFields.Compress(row.FieldsUtf8);

    public DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => IsPostgres
        ? reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime()
        : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);

    public DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    /// <summary><c>column</c> is one of <paramref name="ids"/> (one parameter, whatever the count).</summary>
    public string InIds(DbCommand command, string column, IEnumerable<long> ids, string name)
    {
        var list = ids as long[] ?? ids.ToArray();
        if (IsPostgres)
        {
            Add(command, name, list);
            return $"{column} = ANY(@{name})";
        }

        Add(command, name, JsonSerializer.Serialize(list, StoreJsonContext.Default.Int64Array));
        return $"{column} IN (SELECT value FROM json_each(@{name}))";
    }

    public static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        // Prefixed: Microsoft.Data.Sqlite looks an unprefixed name up once per prefix it might have, on every execution.
        parameter.ParameterName = name.StartsWith('@') ? name : "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
