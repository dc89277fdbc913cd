using Panorama.Core.Scope;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Whether a task is in a box: the union over the box's integrations (rule 6). Project-only integrations are decided
/// locally (<see cref="ScopeIntegration.Evaluate"/>); where JQL takes part, Jira's answer as the sync engine stored it
/// in the scope memberships decides.
/// </summary>
public sealed class BoxScopeFilter(IReadOnlyList<ScopeEntry> scope, Func<Guid, long, bool> isMember)
{
    public bool Contains(PlanTask task)
    {
        foreach (var entry in scope)
        {
            switch (entry.Integration.Evaluate(task))
            {
                case ScopeMatch.In:
                    return true;
                case ScopeMatch.AskJira when isMember(entry.IntegrationId, task.IssueId):
                    return true;
            }
        }

        return false;
    }
}
