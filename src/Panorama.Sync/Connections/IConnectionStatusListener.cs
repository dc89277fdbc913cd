using Panorama.Core.Connections;

namespace Panorama.Sync.Connections;

/// <summary>
/// Told when a connection's status changes (rule 5): sync pauses a connection that turned invalid and reconciles
/// one that became valid again.
/// </summary>
public interface IConnectionStatusListener
{
    Task StatusChangedAsync(Guid connectionId, ConnectionStatus status, string? reason, CancellationToken cancellationToken);
}
