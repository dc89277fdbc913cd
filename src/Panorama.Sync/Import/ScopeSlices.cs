using Panorama.Sync.Scope;

namespace Panorama.Sync.Import;

/// <summary>
/// Splits a connection's scope into queries that can be paged in parallel: one per project of the project-only
/// integrations (most of a site's issues) and one per integration with JQL, whose issues only Jira can name.
/// </summary>
internal sealed record ScopeSlice(string Jql, Guid? IntegrationId)
{
    public static IReadOnlyList<ScopeSlice> For(IReadOnlyList<SyncScopeIntegration> integrations)
    {
        var projects = integrations.Where(i => !i.Integration.NeedsJira).SelectMany(i => i.Integration.ProjectKeys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(key => new ScopeSlice($"project = {Core.Scope.Jql.Quote(key)}", null));
        var queries = integrations.Where(i => i.Integration.NeedsJira)
            .Select(i => new ScopeSlice(i.Integration.ToJql(), i.IntegrationId));
        return [.. projects, .. queries];
    }
}
