using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Jql;

/// <summary>
/// Orders search results. Without ORDER BY the simulator returns the newest issues first (id descending); ties are
/// broken by id so that a page boundary is always well defined.
/// </summary>
internal static class JqlSorter
{
    public static Comparison<SimIssue> Build(IReadOnlyList<JqlSort> sorts, SiteCatalog catalog)
    {
        if (sorts.Count == 0)
        {
            return static (a, b) => b.Id.CompareTo(a.Id);
        }

        if (sorts.Count > 7)
        {
            throw new JqlException("The ORDER BY clause can have at most 7 fields.");
        }

        var comparisons = sorts.Select(s => Directed(Field(s.Field, catalog), s.Descending)).ToArray();
        return (a, b) =>
        {
            foreach (var comparison in comparisons)
            {
                var result = comparison(a, b);
                if (result != 0)
                {
                    return result;
                }
            }

            return a.Id.CompareTo(b.Id);
        };
    }

    private static Comparison<SimIssue> Directed(Comparison<SimIssue> comparison, bool descending) =>
        descending ? (a, b) => comparison(b, a) : comparison;

    private static Comparison<SimIssue> Field(string name, SiteCatalog catalog)
    {
        switch (name.ToLowerInvariant())
        {
            case "key" or "issuekey" or "issue":
                return (a, b) => a.Project.Key != b.Project.Key
                    ? string.CompareOrdinal(a.Project.Key, b.Project.Key)
                    : KeyNumber(a).CompareTo(KeyNumber(b));
            case "id":
                return (a, b) => a.Id.CompareTo(b.Id);
            case "created" or "createddate":
                return (a, b) => a.Created.CompareTo(b.Created);
            case "updated" or "updateddate":
                return (a, b) => a.Updated.CompareTo(b.Updated);
            case "duedate" or "due":
                return NullsLast(i => i.DueDate);
            case "project":
                return (a, b) => string.CompareOrdinal(a.Project.Key, b.Project.Key);
            case "summary":
                return (a, b) => string.CompareOrdinal(a.Summary, b.Summary);
            case "rank":
                return (a, b) => string.CompareOrdinal(a.Rank, b.Rank);
            case "status":
                return (a, b) => string.CompareOrdinal(a.Status.Name, b.Status.Name);
            case "issuetype" or "type":
                return (a, b) => string.CompareOrdinal(a.Type.Name, b.Type.Name);
            case "priority":
                return (a, b) => a.Priority.Id.CompareTo(b.Priority.Id);
        }

        var def = catalog.Fields.FirstOrDefault(f => f.ClauseNames.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));
        return def?.Kind switch
        {
            FieldKind.StartDate => NullsLast(i => i.StartDate),
            FieldKind.TargetStart => NullsLast(i => i.TargetStart),
            FieldKind.TargetEnd => NullsLast(i => i.TargetEnd),
            FieldKind.StoryPoints => NullsLast(i => i.StoryPoints),
            _ => throw new JqlException($"Field '{name}' does not exist or you do not have permission to view it."),
        };
    }

    private static Comparison<SimIssue> NullsLast<T>(Func<SimIssue, T?> select)
        where T : struct, IComparable<T> => (a, b) => (select(a), select(b)) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => x.Value.CompareTo(y.Value),
        };

    private static long KeyNumber(SimIssue issue) => long.Parse(issue.Key.AsSpan(issue.Key.LastIndexOf('-') + 1), provider: null);
}
