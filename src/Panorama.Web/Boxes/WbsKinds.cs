using Panorama.Core.Structure;

namespace Panorama.Web.Boxes;

internal static class WbsKinds
{
    /// <summary>task, group, box or project.</summary>
    public static string Name(WbsRowKind kind) => kind switch
    {
        WbsRowKind.Task => "task",
        WbsRowKind.Group => "group",
        WbsRowKind.Box => "box",
        _ => "project",
    };
}
