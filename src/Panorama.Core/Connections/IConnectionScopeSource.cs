using Panorama.Core.Scope;

namespace Panorama.Core.Connections;

/// <summary>
/// What the boxes' scopes ask of one connection: every box's integration for it (rule 6). The connections feature
/// reads it to keep the site's webhook filter on the projects in scope (rule 4) and to find the projects whose edit
/// screens to check (rule 12). The boxes feature implements it; with none registered, nothing is in scope.
/// </summary>
public interface IConnectionScopeSource
{
    /// <summary>The integrations of every box that names <paramref name="connectionId"/>, in any order.</summary>
    Task<IReadOnlyList<ScopeIntegration>> GetIntegrationsAsync(Guid connectionId, CancellationToken cancellationToken);
}
