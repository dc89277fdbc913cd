using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Panorama.Core.Connections;
using Panorama.Data;
using Panorama.Data.Audit;

namespace Panorama.Sync.Connections;

/// <summary>
/// The one place a connection's status changes (rule 5): checks, the periodic health check and any 401/403 or
/// outage seen by sync report here. A change is stored, audited and passed to every
/// <see cref="IConnectionStatusListener"/>; reporting the status a connection already has changes nothing.
/// </summary>
public sealed partial class ConnectionStatusService(
    IDbContextFactory<PanoramaDbContext> contexts,
    IEnumerable<IConnectionStatusListener> listeners,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ConnectionStatusService> logger)
{
    public Task MarkValidAsync(Guid connectionId, CancellationToken cancellationToken) =>
        ChangeAsync(connectionId, ConnectionStatus.Valid, null, cancellationToken);

    /// <summary>Marks a connection invalid; <paramref name="reason"/> says what to fix and never holds a secret.</summary>
    public Task MarkInvalidAsync(Guid connectionId, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(connectionId, ConnectionStatus.Invalid, reason, cancellationToken);

    /// <summary>Whether sync may talk to the connection now (only while it is valid).</summary>
    public async Task<bool> IsValidAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Connections.AnyAsync(c => c.Id == connectionId && c.Status == ConnectionStatus.Valid, cancellationToken);
    }

    private async Task ChangeAsync(Guid connectionId, ConnectionStatus status, string? reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        if (connection is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        connection.LastCheckedAt = now;
        var changed = connection.Status != status || connection.StatusReason != reason;
        var previous = connection.Status;
        connection.Status = status;
        connection.StatusReason = reason;
        connection.Version++;
        await db.SaveChangesAsync(cancellationToken);
        if (!changed)
        {
            return;
        }

        LogStatusChanged(logger, connection.Name, previous, status, reason);
        await audit.RecordAsync(new AuditEvent(status == ConnectionStatus.Valid ? AuditActions.ConnectionValid : AuditActions.ConnectionInvalid)
        {
            Actor = AuditActor.System,
            TargetType = "connection",
            TargetId = connectionId.ToString(),
            ConnectionId = connectionId,
            Data = new Dictionary<string, string?> { ["reason"] = reason },
        }, cancellationToken);
        foreach (var listener in listeners)
        {
            await listener.StatusChangedAsync(connectionId, status, reason, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {Name} is now {Status} (was {Previous}): {Reason}")]
    private static partial void LogStatusChanged(ILogger logger, string name, ConnectionStatus previous, ConnectionStatus status, string? reason);
}
