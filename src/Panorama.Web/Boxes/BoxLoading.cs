using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Snapshots;

namespace Panorama.Web.Boxes;

internal static class BoxLoading
{
    /// <summary>A task of the box by reference (see <see cref="BoxTaskIds"/>); null when it is not in the box.</summary>
    public static PlanTask? FindTask(this LoadedBox box, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || BoxTaskIds.Split(reference.Trim(), box.Sites.Directory) is not { } parts)
        {
            return null;
        }

        return box.FindTask(parts.Site.ConnectionId, parts.Issue);
    }
}
