using Panorama.Core.Scope;

namespace Panorama.Sync.Scope;

/// <summary>
/// Whether issues of one connection are in any box's scope (SPEC 3.1), for one batch of writes. A project-only
/// integration is decided locally from the issue's project; an integration with JQL is decided by Jira, whose answers
/// for the batch are in <see cref="AskedJira"/> and <see cref="InByJira"/>.
/// </summary>
internal sealed class ScopeVerdicts
{
    private readonly IReadOnlyList<ScopeIntegration> _local;
    private readonly bool _hasJql;

    public ScopeVerdicts(IEnumerable<ScopeIntegration> integrations, IReadOnlySet<long>? askedJira = null, IReadOnlySet<long>? inByJira = null)
    {
        var list = integrations.ToList();
        _local = [.. list.Where(i => !i.NeedsJira)];
        _hasJql = list.Any(i => i.NeedsJira);
        AskedJira = askedJira ?? new HashSet<long>();
        InByJira = inByJira ?? new HashSet<long>();
    }

    /// <summary>Every issue counts as in scope (writes that come from the user, not from a scope search).</summary>
    public static ScopeVerdicts Unchanged { get; } = new([], null, null) { KeepsMarks = true };

    /// <summary>Every issue is in scope: it came from a search of the scope itself (import, reconciliation).</summary>
    public static ScopeVerdicts AllIn { get; } = new([], null, null) { EverythingIn = true };

    public IReadOnlySet<long> AskedJira { get; }

    public IReadOnlySet<long> InByJira { get; }

    /// <summary>True: leave every existing scope mark as it is, insert nothing out of scope.</summary>
    public bool KeepsMarks { get; private init; }

    private bool EverythingIn { get; init; }

    /// <summary>True or false when known; null when only Jira could tell and it was not asked (keep the mark).</summary>
    public bool? InScope(long issueId, string projectKey)
    {
        if (KeepsMarks)
        {
            return null;
        }

        if (EverythingIn)
        {
            return true;
        }

        foreach (var integration in _local)
        {
            if (integration.ProjectKeys.Contains(projectKey, StringComparer.Ordinal))
            {
                return true;
            }
        }

        if (!_hasJql)
        {
            return false;
        }

        return AskedJira.Contains(issueId) ? InByJira.Contains(issueId) : null;
    }
}
