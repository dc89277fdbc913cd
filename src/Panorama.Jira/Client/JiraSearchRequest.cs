namespace Panorama.Jira.Client;

/// <summary>
/// A <c>search/jql</c> query. The JQL must be bounded (Jira rejects e.g. a bare <c>order by key</c>). Pages follow
/// <c>nextPageToken</c> until Jira leaves it out; <c>startAt</c> is never sent (Jira ignores it, which loops a pager).
/// </summary>
public sealed record JiraSearchRequest(string Jql)
{
    /// <summary>Fields to return; Jira's default is <c>id</c> only. <c>*all</c>, <c>*navigable</c> and <c>-x</c> work.</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Expansions (<c>changelog</c>, <c>names</c>, <c>renderedFields</c>, ...), sent comma-separated.</summary>
    public IReadOnlyList<string>? Expand { get; init; }

    /// <summary>Page size (Jira's default 50; up to 5000 for id/key only; Jira may return fewer).</summary>
    public int? MaxResults { get; init; }

    /// <summary>Up to 5 issue property keys.</summary>
    public IReadOnlyList<string>? Properties { get; init; }

    public bool? FieldsByKeys { get; init; }

    /// <summary>Up to 50 issue ids just written, for read-after-write consistency; sent with every page.</summary>
    public IReadOnlyList<long>? ReconcileIssues { get; init; }

    /// <summary>Use <c>GET</c> with a query string instead of <c>POST</c> with a body (long JQL fits only in a body).</summary>
    public bool UseGet { get; init; }
}
