namespace Panorama.Core.Scope;

/// <summary>The JQL the sync engine sends for scopes (SPEC 3.1).</summary>
public static class ScopeJql
{
    /// <summary>Jira rejects very long queries; 100 ids keep a membership query well under its limits.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>
    /// Membership queries for issues that changed: <c>(&lt;scope JQL&gt;) AND id in (1, 2, ...)</c>, one per batch.
    /// The issues Jira returns are in scope; the others of the batch are not.
    /// </summary>
    public static IReadOnlyList<string> Membership(ScopeIntegration integration, IEnumerable<long> issueIds,
        int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var scope = Jql.Group(integration.ToJql());
        return [.. issueIds.Distinct().Order().Chunk(batchSize).Select(batch => $"{scope} AND id in ({string.Join(", ", batch)})")];
    }

    /// <summary>
    /// The one query that finds a connection's issues across several boxes: the union of their integrations'
    /// queries (null when no box has an integration for the connection).
    /// </summary>
    public static string? Union(Guid connectionId, IEnumerable<BoxScope> scopes)
    {
        var queries = scopes.Select(s => s.For(connectionId)).OfType<ScopeIntegration>().Select(i => i.ToJql())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return queries.Count switch
        {
            0 => null,
            1 => queries[0],
            _ => string.Join(" OR ", queries.Select(Jql.Group)),
        };
    }
}
