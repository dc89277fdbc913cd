using Panorama.Core.Tasks;

namespace Panorama.Web.Boxes;

/// <summary>
/// How the boxes API names a task: <c>&lt;connection id&gt;/&lt;issue id&gt;</c> in what it returns; in requests also
/// <c>&lt;site name&gt;/&lt;issue key or id&gt;</c> (e.g. <c>alpha/OPS-12</c>).
/// </summary>
internal static class BoxTaskIds
{
    public static string Of(TaskKey key) => $"{key.ConnectionId:N}/{key.IssueId}";

    public static string Of(PlanTask task) => Of(task.Key);

    /// <summary>Splits a reference into its site (a connection) and its issue id or key; null when it has no such form.</summary>
    public static (SiteRef Site, string Issue)? Split(string reference, SiteDirectory sites)
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == reference.Length - 1)
        {
            return null;
        }

        var site = BoxConnections.Find(sites, reference[..slash]);
        return site is null ? null : (site, reference[(slash + 1)..]);
    }

    public static string Unknown(string reference) =>
        $"'{reference}' is not a task of this box. Name a task as '<site>/<issue key>' (e.g. alpha/OPS-12) or by the id the " +
        "box's WBS and Gantt give it ('<connection id>/<issue id>').";
}
