using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Panorama.Sync.Store;

/// <summary>
/// One SQLite statement prepared on the native handle of an open connection (inside its transaction) and run once per
/// row with its parameters bound by position. Microsoft.Data.Sqlite binds by name on every execution, looking each
/// name up in the statement and converting each string, and allocates a data reader per run; for an import's
/// single-row upserts of 30 values that was a third of the writer's time. Values are the ones
/// <see cref="SqlDialect"/> produces for SQLite: null or <see cref="DBNull"/>, text, integers, booleans, doubles and
/// byte arrays (bound as blobs).
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    public SqliteRowStatement(SqliteConnection connection, string sql, IReadOnlyList<string> parameterNames)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _positions = new int[parameterNames.Count];
        for (var i = 0; i < _positions.Length; i++)
        {
            _positions[i] = raw.sqlite3_bind_parameter_index(_statement, parameterNames[i]);
            if (_positions[i] == 0)
            {
                _statement.Dispose();
                throw new ArgumentException($"The statement has no parameter {parameterNames[i]}.", nameof(parameterNames));
            }
        }
    }

    /// <summary>Runs the statement once with <paramref name="values"/> (in parameter order); each row it returns gives its first column to <paramref name="returned"/>.</summary>
    public void Run(ReadOnlySpan<object?> values, Action<long>? returned)
    {
        Check(raw.sqlite3_reset(_statement));
        for (var i = 0; i < _positions.Length; i++)
        {
            Check(Bind(_positions[i], values[i]));
        }

        while (true)
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
            {
                return;
            }

            if (rc != raw.SQLITE_ROW)
            {
                Check(rc);
                return;
            }

            returned?.Invoke(raw.sqlite3_column_int64(_statement, 0));
        }
    }

    public void Dispose() => _statement.Dispose();

    private int Bind(int position, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(_statement, position),
        string text => raw.sqlite3_bind_text(_statement, position, text),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
        long number => raw.sqlite3_bind_int64(_statement, position, number),
        int number => raw.sqlite3_bind_int64(_statement, position, number),
        bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(_statement, position, number),
        _ => throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "No SQLite binding for a {0}.", value.GetType()), nameof(value)),
    };

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
