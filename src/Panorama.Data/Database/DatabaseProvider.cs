namespace Panorama.Data.Database;

/// <summary>The relational engines Panorama stores its state in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, one node only.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: the path beyond one machine (several nodes share it).</summary>
    Postgres,
}
