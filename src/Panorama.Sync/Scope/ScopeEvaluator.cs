using Panorama.Core.Scope;
using Panorama.Jira.Client;
using Panorama.Sync.Connections;

namespace Panorama.Sync.Scope;

/// <summary>
/// Decides scope membership for issues that changed (SPEC 3.1): project-only integrations locally, integrations with
/// JQL by asking Jira <c>(&lt;scope JQL&gt;) AND id in (...)</c> in batches, recording each answer as the integration's
/// memberships so boxes with a JQL scope know their issues.
/// </summary>
public sealed class ScopeEvaluator(ISyncScopeSource scopes, IJiraClientFactory jira)
{
    public Task<IReadOnlyList<SyncScopeIntegration>> IntegrationsAsync(SyncConnection connection, CancellationToken cancellationToken) =>
        scopes.GetIntegrationsAsync(connection.Id, cancellationToken);

    internal async Task<ScopeVerdicts> EvaluateAsync(SyncConnection connection, IReadOnlyCollection<long> issueIds,
        IReadOnlyCollection<long> deletedIssueIds, CancellationToken cancellationToken)
    {
        var integrations = await scopes.GetIntegrationsAsync(connection.Id, cancellationToken);
        var withJql = integrations.Where(i => i.Integration.NeedsJira).ToList();
        if (withJql.Count == 0 || (issueIds.Count == 0 && deletedIssueIds.Count == 0))
        {
            return new ScopeVerdicts(integrations.Select(i => i.Integration));
        }

        var client = jira.Create(connection.Site);
        var asked = issueIds.ToHashSet();
        var inByJira = new HashSet<long>();
        foreach (var scope in withJql)
        {
            var members = new HashSet<long>();
            foreach (var query in ScopeJql.Membership(scope.Integration, asked))
            {
                await foreach (var page in client.SearchIdsAsync(query, cancellationToken))
                {
                    members.UnionWith(page);
                }
            }

            inByJira.UnionWith(members);
            await scopes.UpdateMembershipsAsync(scope.IntegrationId, connection.Id, members,
                [.. asked.Where(id => !members.Contains(id)).Concat(deletedIssueIds)], cancellationToken);
        }

        return new ScopeVerdicts(integrations.Select(i => i.Integration), asked, inByJira);
    }

    /// <summary>The one query for every issue of the connection's scopes; null when no box has an integration for it.</summary>
    public static string? Union(IReadOnlyList<SyncScopeIntegration> integrations)
    {
        var queries = integrations.Select(i => i.Integration.ToJql()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return queries.Count switch
        {
            0 => null,
            1 => queries[0],
            _ => string.Join(" OR ", queries.Select(Jql.Group)),
        };
    }
}
