namespace Panorama.Core.Scope;

/// <summary>
/// The JQL filter of a connection's admin webhook, across every box's scope (rule 4). Jira's webhook filter accepts
/// only simple clauses (<c>project</c>, <c>issuetype</c>, <c>status</c>... with <c>=</c>, <c>IN</c>), so a scope's
/// JQL cannot go into it: a connection with any JQL integration must receive every issue event and let the sync
/// engine ask Jira about membership. Narrowing JQL only shrinks a scope, so the project filter still covers it.
/// </summary>
public sealed record WebhookFilter(bool InScope, IReadOnlyList<string> ProjectKeys, bool AllIssues)
{
    /// <summary>The filter to register: <c>project in ("A", "B")</c>; null when every issue must be sent or none.</summary>
    public string? Jql => InScope && !AllIssues ? Scope.Jql.ProjectIn(ProjectKeys) : null;

    public static WebhookFilter For(Guid connectionId, IEnumerable<BoxScope> scopes) =>
        For(scopes.Select(s => s.For(connectionId)).OfType<ScopeIntegration>());

    /// <summary>The filter for one connection's integrations, taken from every box that has one.</summary>
    public static WebhookFilter For(IEnumerable<ScopeIntegration> integrationsOfOneConnection)
    {
        var integrations = integrationsOfOneConnection.ToList();
        var keys = integrations.SelectMany(i => i.ProjectKeys).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();
        return new WebhookFilter(integrations.Count > 0, keys, integrations.Any(i => i.Jql is not null));
    }
}
