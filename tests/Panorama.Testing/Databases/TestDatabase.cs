using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Database;

namespace Panorama.Testing.Databases;

/// <summary>
/// An empty database of one provider for one test: a temporary SQLite file, or a fresh database in the shared
/// <see cref="PostgresServer"/>. Disposing it removes it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _remove;

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> remove)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _remove = remove;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"panorama-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={path}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }

                return Task.CompletedTask;
            });
        }

        var server = await PostgresServer.GetAsync();
        var name = await server.CreateDatabaseAsync("test", cancellationToken);
        return new TestDatabase(provider, server.ConnectionString(name), () => server.DropDatabaseAsync(name));
    }

    /// <summary>The configuration that points a Panorama host at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration() =>
        new DatabaseTarget(Provider, ConnectionString).ToConfiguration();

    /// <summary>A context of the right provider (not migrated: call <see cref="MigrateAsync"/>).</summary>
    public PanoramaDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Postgres => new PostgresPanoramaDbContext(
            new DbContextOptionsBuilder<PostgresPanoramaDbContext>().UseNpgsql(ConnectionString).Options),
        _ => new SqlitePanoramaDbContext(
            new DbContextOptionsBuilder<SqlitePanoramaDbContext>().UseSqlite(ConnectionString).Options),
    };

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => new(_remove());

    public override string ToString() => Provider.ToString();
}
