using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Panorama.Data.Database;

/// <summary>
/// Applies the provider's migrations when the host starts. If the database cannot be reached the host still starts
/// (so readiness can report the reason) and migration is retried in the background until it succeeds.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IDbContextFactory<PanoramaDbContext> contexts,
    IOptions<DatabaseOptions> options,
    DatabaseState state,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryMigrateAsync(cancellationToken))
        {
            // The retries end with the host: ApplicationStopping is cancelled before hosted services stop.
            _ = RetryUntilMigratedAsync(lifetime.ApplicationStopping);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RetryUntilMigratedAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryDelay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryMigrateAsync(cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var database = options.Value;
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                EnsureSqliteFolderExists(database.EffectiveConnectionString);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers (API, UI) run while a writer (sync) commits; the mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            state.MarkReady();
            LogMigrated(logger, database.Provider);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = DatabaseErrors.Describe(ex);
            state.MarkFailed(reason);
            LogMigrationFailed(logger, reason);
            return false;
        }
    }

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Error, Message = "Database is not ready, will retry: {Reason}")]
    private static partial void LogMigrationFailed(ILogger logger, string reason);
}
