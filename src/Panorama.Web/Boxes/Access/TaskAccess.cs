using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Scope;
using Panorama.Data;
using Panorama.Web.Auth;

namespace Panorama.Web.Boxes.Access;

/// <summary>
/// Whether a user may read or change a task outside a box's own endpoints (<c>/api/tasks</c>, <c>/api/changes</c>): the
/// user needs the role in at least one box whose scope holds the task (rule 6, with Jira's stored answer where JQL takes
/// part). Application administrators may always.
/// </summary>
internal sealed class TaskAccess(PanoramaDbContext db)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, Guid connectionId, long issueId, BoxRole minimum, CancellationToken cancellationToken)
    {
        if (user.IsApplicationAdministrator())
        {
            return true;
        }

        var projectKey = await db.Tasks.AsNoTracking().Where(t => t.ConnectionId == connectionId && t.IssueId == issueId)
            .Select(t => t.ProjectKey).FirstOrDefaultAsync(cancellationToken);
        if (projectKey is null)
        {
            return false;
        }

        var roles = await BoxLines.RolesAsync(db, user, await BoxLines.ParentsAsync(db, cancellationToken), cancellationToken);
        var boxes = roles.Where(r => r.Value >= minimum).Select(r => r.Key).ToList();
        if (boxes.Count == 0)
        {
            return false;
        }

        var integrations = await db.ScopeIntegrations.AsNoTracking()
            .Where(i => i.ConnectionId == connectionId && boxes.Contains(i.BoxId)).ToListAsync(cancellationToken);
        var askJira = new List<Guid>();
        foreach (var record in integrations)
        {
            var integration = ScopeIntegration.Create(record.ConnectionId, record.ProjectKeyList(), record.Jql, record.NarrowingJql);
            switch (integration.IsOk ? integration.Value.Evaluate(connectionId, projectKey) : ScopeMatch.Out)
            {
                case ScopeMatch.In:
                    return true;
                case ScopeMatch.AskJira:
                    askJira.Add(record.Id);
                    break;
            }
        }

        return askJira.Count > 0 &&
               await db.ScopeMemberships.AnyAsync(m => askJira.Contains(m.IntegrationId) && m.IssueId == issueId, cancellationToken);
    }
}
