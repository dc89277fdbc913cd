using System.ComponentModel.DataAnnotations;

namespace Panorama.Data.Database;

/// <summary>Which database Panorama uses; bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The default store: a SQLite file under <c>./data/</c>, created when missing.</summary>
    public const string DefaultSqlitePath = "data/panorama.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The provider's connection string. Empty means the default SQLite file; PostgreSQL always needs one.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The connection string to use, with the SQLite default filled in.</summary>
    public string EffectiveConnectionString => Provider switch
    {
        DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(ConnectionString) => $"Data Source={DefaultSqlitePath}",
        _ => ConnectionString ?? string.Empty,
    };

    internal static ValidationResult? Validate(DatabaseOptions options) =>
        options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new ValidationResult("Database:ConnectionString is required when Database:Provider is Postgres.")
            : ValidationResult.Success;
}
