using System.Collections.Concurrent;
using Panorama.Core.Connections;
using Panorama.Core.Scope;

namespace Panorama.Testing.Connections;

/// <summary>
/// Box scopes in memory: the projects (and JQL) each connection has in scope. <see cref="ForEveryConnection"/> puts
/// projects in scope for connections not yet created (their ids are not known in advance).
/// </summary>
public sealed class FakeConnectionScopeSource : IConnectionScopeSource
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<ScopeIntegration>> _scopes = new();
    private string[] _everyConnection = [];

    /// <summary>One box whose scope holds <paramref name="projectKeys"/> of the connection (none: out of scope).</summary>
    public FakeConnectionScopeSource Set(Guid connectionId, params string[] projectKeys)
    {
        _scopes[connectionId] = projectKeys.Length == 0 ? [] : [ScopeIntegration.Create(connectionId, projectKeys, null).Value];
        return this;
    }

    /// <summary>A box with a JQL integration (the webhook must then send every issue).</summary>
    public FakeConnectionScopeSource SetJql(Guid connectionId, string jql)
    {
        _scopes[connectionId] = [ScopeIntegration.Create(connectionId, null, jql).Value];
        return this;
    }

    /// <summary>Projects in scope for every connection without its own entry.</summary>
    public FakeConnectionScopeSource ForEveryConnection(params string[] projectKeys)
    {
        _everyConnection = projectKeys;
        return this;
    }

    public Task<IReadOnlyList<ScopeIntegration>> GetIntegrationsAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (_scopes.TryGetValue(connectionId, out var integrations))
        {
            return Task.FromResult(integrations);
        }

        IReadOnlyList<ScopeIntegration> every = _everyConnection.Length == 0 ? [] : [ScopeIntegration.Create(connectionId, _everyConnection, null).Value];
        return Task.FromResult(every);
    }
}
