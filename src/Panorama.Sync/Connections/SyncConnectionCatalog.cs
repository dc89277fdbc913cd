using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Connections;

namespace Panorama.Sync.Connections;

/// <summary>
/// Reads connections for sync and caches each for <see cref="SyncOptions.ConnectionCacheLifetime"/>, because the
/// webhook receiver and the workers ask on every delivery. A status change seen by this node is applied at once
/// (<see cref="Forget"/>); other nodes see it when their entry expires.
/// </summary>
public sealed class SyncConnectionCatalog(
    IDbContextFactory<PanoramaDbContext> contexts,
    ConnectionSecrets secrets,
    IOptions<SyncOptions> options,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (SyncConnection? Connection, DateTimeOffset Until)> _cache = new();
    private readonly ConcurrentDictionary<Guid, (string Protected, string Secret)> _secrets = new();
    private readonly ConcurrentDictionary<Guid, long> _forgotten = new();

    public async Task<SyncConnection?> FindAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(connectionId, out var cached) && cached.Until > now)
        {
            return cached.Connection;
        }

        var started = Stopwatch.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        var connection = row is null ? null : From(row);
        Remember(connectionId, connection, now + options.Value.ConnectionCacheLifetime, started);
        return connection;
    }

    /// <summary>Every connection, fresh from the database (the supervisor's view); refreshes the cache too.</summary>
    public async Task<IReadOnlyList<SyncConnection>> ListAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Connections.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var until = time.GetUtcNow() + options.Value.ConnectionCacheLifetime;
        var list = rows.Select(From).ToList();
        foreach (var connection in list)
        {
            Remember(connection.Id, connection, until, started);
        }

        return list;
    }

    /// <summary>The webhook secret in clear; decrypted once per stored value.</summary>
    public string WebhookSecret(SyncConnection connection)
    {
        if (_secrets.TryGetValue(connection.Id, out var known) && known.Protected == connection.ProtectedWebhookSecret)
        {
            return known.Secret;
        }

        var secret = secrets.UnprotectWebhookSecret(connection.ProtectedWebhookSecret);
        _secrets[connection.Id] = (connection.ProtectedWebhookSecret, secret);
        return secret;
    }

    /// <summary>Drops the cached copy, and keeps a read that began before now from putting an older one back.</summary>
    public void Forget(Guid connectionId)
    {
        _forgotten[connectionId] = Stopwatch.GetTimestamp();
        _cache.TryRemove(connectionId, out _);
    }

    private void Remember(Guid connectionId, SyncConnection? connection, DateTimeOffset until, long readStarted)
    {
        if (!_forgotten.TryGetValue(connectionId, out var forgottenAt) || forgottenAt < readStarted)
        {
            _cache[connectionId] = (connection, until);
        }
    }

    private static SyncConnection From(Connection row) => new(
        row.Id, row.Name, row.Role, row.Status, row.StatusReason, row.ToJiraSite(), row.ReadFieldMapping(),
        row.ReadDependencyMapping(), row.ProtectedWebhookSecret);
}
