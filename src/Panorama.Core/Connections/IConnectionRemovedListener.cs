namespace Panorama.Core.Connections;

/// <summary>
/// Told after a connection was deleted (its tasks, links and app-only dependencies are already gone from the store),
/// so features that refer to it drop what they hold: boxes remove its scope integrations, structure builders and
/// native-field columns; sync stops its work for it.
/// </summary>
public interface IConnectionRemovedListener
{
    Task ConnectionRemovedAsync(Guid connectionId, string name, CancellationToken cancellationToken);
}
