using Panorama.Core.Boxes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Structure;

/// <summary>The non-archived boxes below a box, in tree order, for the box structure builder.</summary>
public sealed record SubBoxTree(Guid RootBoxId, IReadOnlyList<SubBox> Boxes)
{
    public static SubBoxTree Empty(Guid rootBoxId) => new(rootBoxId, []);

    public static SubBoxTree From(BoxHierarchy hierarchy, Guid rootBoxId, Func<Box, IReadOnlySet<TaskKey>> membersOf) =>
        new(rootBoxId, [.. Below(hierarchy, rootBoxId).Select(b => new SubBox(b, membersOf(b)))]);

    private static IEnumerable<Box> Below(BoxHierarchy hierarchy, Guid id)
    {
        foreach (var child in hierarchy.Children(id).Where(b => !b.IsArchived))
        {
            yield return child;
            foreach (var below in Below(hierarchy, child.Id))
            {
                yield return below;
            }
        }
    }
}
