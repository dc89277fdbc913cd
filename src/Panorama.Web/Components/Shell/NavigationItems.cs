using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Panorama.Web.Components.Shell;

/// <summary>
/// The main navigation. An entry is shown only once a page answers its address, so entries for pages still being
/// built (boxes, connections) appear by themselves when those pages land, and no link ever leads nowhere.
/// </summary>
public static class NavigationItems
{
    public static readonly IReadOnlyList<NavigationItem> All =
    [
        new(NavigationSection.Planning, "Home", "/", "home"),
        new(NavigationSection.Planning, "Boxes", "/boxes", "account_tree"),
        new(NavigationSection.AppConfiguration, "Connections", "/admin/connections", "hub"),
        new(NavigationSection.AppConfiguration, "Users", "/admin/users", "group"),
        new(NavigationSection.AppConfiguration, "Audit log", "/admin/audit", "history"),
        new(NavigationSection.AppConfiguration, "Gantt demo", "/dev/gantt", "view_timeline"),
    ];

    private static readonly Lazy<HashSet<string>> Routes = new(() =>
    [
        .. typeof(NavigationItems).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => "/" + r.Template.Trim('/')),
    ]);

    public static IEnumerable<NavigationItem> Visible(NavigationSection section) =>
        All.Where(i => i.Section == section && Routes.Value.Contains(i.Href));
}
