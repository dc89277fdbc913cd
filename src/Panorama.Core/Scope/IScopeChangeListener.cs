namespace Panorama.Core.Scope;

/// <summary>
/// Told when a box's scope changes for a connection (an integration added, edited or removed), so that the
/// connection's webhook filter follows the scopes and the sync engine brings the new tasks in. The boxes feature
/// calls every registered listener; the connections and sync features register theirs.
/// </summary>
public interface IScopeChangeListener
{
    Task ScopeChangedAsync(Guid connectionId, CancellationToken cancellationToken);
}
