using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Scope;

/// <summary>
/// One connection's part of a box's scope (rule 6): Jira projects and/or a JQL filter (OR-ed), plus an optional
/// narrowing JQL (AND-ed). A project-only integration is evaluated locally; anything with JQL is evaluated by Jira.
/// </summary>
public sealed record ScopeIntegration
{
    private ScopeIntegration(Guid connectionId, IReadOnlyList<string> projectKeys, string? jql, string? narrowingJql)
    {
        ConnectionId = connectionId;
        ProjectKeys = projectKeys;
        Jql = jql;
        NarrowingJql = narrowingJql;
    }

    public Guid ConnectionId { get; }

    /// <summary>Project keys, upper-case, distinct, sorted.</summary>
    public IReadOnlyList<string> ProjectKeys { get; }

    public string? Jql { get; }

    public string? NarrowingJql { get; }

    /// <summary>True when membership needs Jira: a JQL source or a narrowing condition.</summary>
    public bool NeedsJira => Jql is not null || NarrowingJql is not null;

    public static Outcome<ScopeIntegration> Create(Guid connectionId, IEnumerable<string>? projectKeys, string? jql,
        string? narrowingJql = null)
    {
        var keys = (projectKeys ?? []).Select(k => k.Trim().ToUpperInvariant()).Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var source = string.IsNullOrWhiteSpace(jql) ? null : jql.Trim();
        var narrowing = string.IsNullOrWhiteSpace(narrowingJql) ? null : narrowingJql.Trim();
        if (keys.Length == 0 && source is null)
        {
            return Outcome.Refused<ScopeIntegration>(
                "A scope integration needs at least one project or a JQL filter. Choose projects, write JQL, or both.");
        }

        if ((JqlClause.Check(source, "JQL filter") ?? JqlClause.Check(narrowing, "narrowing JQL")) is { } bad)
        {
            return Outcome.Refused<ScopeIntegration>(bad);
        }

        return new ScopeIntegration(connectionId, keys, source, narrowing);
    }

    /// <summary>Local evaluation: In or Out where projects decide alone, AskJira where JQL takes part.</summary>
    public ScopeMatch Evaluate(PlanTask task) => Evaluate(task.ConnectionId, task.Project.Key);

    /// <summary>The same decision from what identifies a stored task: its connection and its project's key.</summary>
    public ScopeMatch Evaluate(Guid connectionId, string projectKey)
    {
        if (connectionId != ConnectionId)
        {
            return ScopeMatch.Out;
        }

        var inProjects = ProjectKeys.Contains(projectKey, StringComparer.Ordinal);
        if (!inProjects && Jql is null)
        {
            return ScopeMatch.Out;
        }

        return inProjects && NarrowingJql is null ? ScopeMatch.In : ScopeMatch.AskJira;
    }

    /// <summary>
    /// The JQL the sync engine sends to find this integration's issues:
    /// <c>(project in ("A", "B") OR (&lt;jql&gt;)) AND (&lt;narrowing&gt;)</c>, with the parts that are absent left out.
    /// </summary>
    public string ToJql()
    {
        var sources = new List<string>(2);
        if (ProjectKeys.Count > 0)
        {
            sources.Add(Scope.Jql.ProjectIn(ProjectKeys));
        }

        if (Jql is not null)
        {
            sources.Add(Scope.Jql.Group(Jql));
        }

        var union = string.Join(" OR ", sources);
        return NarrowingJql is null
            ? union
            : $"{(sources.Count > 1 ? Scope.Jql.Group(union) : union)} AND {Scope.Jql.Group(NarrowingJql)}";
    }
}
