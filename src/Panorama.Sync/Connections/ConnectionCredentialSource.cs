using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Jira.Connections;

namespace Panorama.Sync.Connections;

/// <summary>
/// Gives the Jira client the technical user's credentials of a connection: the only place an API token is
/// decrypted. Decrypted credentials are kept in memory for a short time, because the client asks on every request;
/// replacing a token calls <see cref="Forget"/>, and other nodes see the new token when their entry expires.
/// </summary>
public sealed class ConnectionCredentialSource(
    IDbContextFactory<PanoramaDbContext> contexts,
    ConnectionSecrets secrets,
    TimeProvider time) : IJiraCredentialSource
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Guid, (JiraCredential Credential, DateTimeOffset Until)> _cache = new();

    public async ValueTask<JiraCredential> GetAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(connectionId, out var cached) && cached.Until > time.GetUtcNow())
        {
            return cached.Credential;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Connections.AsNoTracking()
            .Where(c => c.Id == connectionId)
            .Select(c => new { c.Email, c.ProtectedApiToken })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Connection {connectionId} does not exist (it may have been deleted).");
        var credential = new JiraCredential(row.Email, secrets.UnprotectApiToken(row.ProtectedApiToken));
        _cache[connectionId] = (credential, time.GetUtcNow() + Lifetime);
        return credential;
    }

    /// <summary>Drops the cached credential of a connection (its token was replaced or it was deleted).</summary>
    public void Forget(Guid connectionId) => _cache.TryRemove(connectionId, out _);
}
