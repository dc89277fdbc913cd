using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Scope;

/// <summary>
/// A box's scope: at most one integration per connection; the box's tasks are the union over its integrations.
/// A site's data enters a box only through an integration for it (rule 6).
/// </summary>
public sealed record BoxScope
{
    private BoxScope(IReadOnlyList<ScopeIntegration> integrations) => Integrations = integrations;

    public static BoxScope Empty { get; } = new([]);

    public IReadOnlyList<ScopeIntegration> Integrations { get; }

    public static Outcome<BoxScope> Create(IEnumerable<ScopeIntegration> integrations, SiteDirectory sites)
    {
        var list = integrations.OrderBy(i => sites.OrderOf(i.ConnectionId)).ThenBy(i => i.ConnectionId).ToList();
        foreach (var integration in list)
        {
            if (sites.Find(integration.ConnectionId) is null)
            {
                return Outcome.Refused<BoxScope>(
                    $"Connection {integration.ConnectionId} does not exist. Add the connection in App Configuration first.");
            }
        }

        var duplicate = list.GroupBy(i => i.ConnectionId).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null
            ? Outcome.Refused<BoxScope>(
                $"The scope already has an integration for '{sites.NameOf(duplicate.Key)}'. Edit that integration instead of adding another.")
            : new BoxScope(list);
    }

    public ScopeIntegration? For(Guid connectionId) => Integrations.FirstOrDefault(i => i.ConnectionId == connectionId);

    /// <summary>Adds or replaces the integration for its connection (<i>Add integration -&gt; connection -&gt; Add</i>).</summary>
    public Outcome<BoxScope> With(ScopeIntegration integration, SiteDirectory sites) =>
        Create(Integrations.Where(i => i.ConnectionId != integration.ConnectionId).Append(integration), sites);

    public BoxScope Without(Guid connectionId) => new([.. Integrations.Where(i => i.ConnectionId != connectionId)]);

    /// <summary>Union over integrations: In if any says In, else AskJira if any must ask, else Out.</summary>
    public ScopeMatch Evaluate(PlanTask task)
    {
        var match = ScopeMatch.Out;
        foreach (var integration in Integrations)
        {
            switch (integration.Evaluate(task))
            {
                case ScopeMatch.In:
                    return ScopeMatch.In;
                case ScopeMatch.AskJira:
                    match = ScopeMatch.AskJira;
                    break;
            }
        }

        return match;
    }
}
