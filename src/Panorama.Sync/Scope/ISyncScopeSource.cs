using Panorama.Core.Scope;

namespace Panorama.Sync.Scope;

/// <summary>
/// What the sync engine needs from the boxes feature: every box scope integration per connection, and a place to
/// keep the scope memberships of integrations whose JQL only Jira can evaluate. Implemented by the boxes feature over
/// its tables (<c>scope memberships (IntegrationId, ConnectionId, IssueId)</c>); register it as a singleton with
/// <c>services.AddSingleton&lt;ISyncScopeSource, ...&gt;()</c> (it replaces the empty default). Call
/// <c>IScopeChangeListener.ScopeChangedAsync</c> after a scope changes so sync imports the new issues.
/// </summary>
public interface ISyncScopeSource
{
    /// <summary>Every integration of every box for the connection (possibly none). Called often: keep it cheap.</summary>
    Task<IReadOnlyList<SyncScopeIntegration>> GetIntegrationsAsync(Guid connectionId, CancellationToken cancellationToken);

    /// <summary>
    /// Records Jira's answer for some issues of a JQL integration: <paramref name="inScope"/> are members now,
    /// <paramref name="outOfScope"/> are not (remove them if present). Issues not named keep their membership.
    /// </summary>
    Task UpdateMembershipsAsync(Guid integrationId, Guid connectionId, IReadOnlyCollection<long> inScope,
        IReadOnlyCollection<long> outOfScope, CancellationToken cancellationToken);

    /// <summary>Replaces every membership of a JQL integration (after an import or a sweep searched it completely).</summary>
    Task ReplaceMembershipsAsync(Guid integrationId, Guid connectionId, IReadOnlyCollection<long> issueIds,
        CancellationToken cancellationToken);
}

/// <summary>One box's integration for a connection, with the id its memberships are kept under.</summary>
public sealed record SyncScopeIntegration(Guid IntegrationId, ScopeIntegration Integration);
