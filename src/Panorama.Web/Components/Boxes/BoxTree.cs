using Panorama.Web.Boxes.Hierarchy;

namespace Panorama.Web.Components.Boxes;

/// <summary>A box in the tree as the boxes page lists it: its depth among the boxes the user can see.</summary>
public sealed record BoxTreeEntry(BoxResponse Box, int Depth);

public static class BoxTree
{
    /// <summary>The list answers in tree order with the nearest visible ancestor as parent: depth follows from that.</summary>
    public static IReadOnlyList<BoxTreeEntry> From(IReadOnlyList<BoxResponse> boxes)
    {
        var depths = new Dictionary<Guid, int>();
        var entries = new List<BoxTreeEntry>(boxes.Count);
        foreach (var box in boxes)
        {
            var depth = box.ParentId is { } parent && depths.TryGetValue(parent, out var d) ? d + 1 : 0;
            depths[box.Id] = depth;
            entries.Add(new BoxTreeEntry(box, depth));
        }

        return entries;
    }
}
