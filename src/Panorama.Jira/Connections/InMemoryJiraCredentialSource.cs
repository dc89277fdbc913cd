using System.Collections.Concurrent;

namespace Panorama.Jira.Connections;

/// <summary>Credentials held in memory: for tests, benchmarks and the simulator demo, never for stored connections.</summary>
public sealed class InMemoryJiraCredentialSource : IJiraCredentialSource
{
    private readonly ConcurrentDictionary<Guid, JiraCredential> _credentials = new();

    public InMemoryJiraCredentialSource Set(Guid connectionId, JiraCredential credential)
    {
        _credentials[connectionId] = credential;
        return this;
    }

    public ValueTask<JiraCredential> GetAsync(Guid connectionId, CancellationToken cancellationToken) =>
        _credentials.TryGetValue(connectionId, out var credential)
            ? ValueTask.FromResult(credential)
            : throw new InvalidOperationException($"No Jira credential is known for connection {connectionId}.");
}
