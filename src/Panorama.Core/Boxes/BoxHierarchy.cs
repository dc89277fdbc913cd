using System.Collections.Immutable;
using Panorama.Core.Outcomes;

namespace Panorama.Core.Boxes;

/// <summary>
/// Every box with its parent, immutable. Queries walk the tree; the changes in <c>BoxHierarchy.Changes.cs</c>
/// keep its rules: a parent exists and is not archived, a box never ends up inside itself.
/// </summary>
public sealed partial class BoxHierarchy
{
    private readonly ImmutableDictionary<Guid, Box> _boxes;
    private readonly ILookup<Guid?, Box> _children;

    private BoxHierarchy(ImmutableDictionary<Guid, Box> boxes)
    {
        _boxes = boxes;
        _children = boxes.Values.OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Id)
            .ToLookup(b => b.ParentId);
    }

    public static BoxHierarchy Empty { get; } = new(ImmutableDictionary<Guid, Box>.Empty);

    public int Count => _boxes.Count;

    public IEnumerable<Box> Boxes => _boxes.Values;

    /// <summary>Loads boxes as stored; refuses a parent that does not exist and a box that contains itself.</summary>
    public static Outcome<BoxHierarchy> Load(IEnumerable<Box> boxes)
    {
        var hierarchy = new BoxHierarchy(boxes.ToImmutableDictionary(b => b.Id));
        foreach (var box in hierarchy.Boxes)
        {
            if (box.ParentId is { } parent && !hierarchy._boxes.ContainsKey(parent))
            {
                return Outcome.Refused<BoxHierarchy>($"Box '{box.Name}' names a parent box that does not exist.");
            }

            if (hierarchy.IsInside(box.ParentId, box.Id))
            {
                return Outcome.Refused<BoxHierarchy>($"Box '{box.Name}' is inside itself.");
            }
        }

        return hierarchy;
    }

    public Box? Find(Guid id) => _boxes.GetValueOrDefault(id);

    /// <summary>Direct sub-boxes, by name.</summary>
    public IEnumerable<Box> Children(Guid? parentId) => _children[parentId];

    /// <summary>Every box below, in tree order (a box before its sub-boxes, siblings by name).</summary>
    public IEnumerable<Box> Descendants(Guid id)
    {
        foreach (var child in Children(id))
        {
            yield return child;
            foreach (var below in Descendants(child.Id))
            {
                yield return below;
            }
        }
    }

    /// <summary>The path from the top box down to this one, itself included.</summary>
    public IReadOnlyList<Box> PathTo(Guid id)
    {
        var path = new List<Box>();
        for (var box = Find(id); box is not null; box = box.ParentId is { } p ? Find(p) : null)
        {
            path.Add(box);
        }

        path.Reverse();
        return path;
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="boxId"/> or lies below it.</summary>
    public bool IsInside(Guid? candidate, Guid boxId)
    {
        var seen = 0;
        for (var current = candidate; current is { } id; current = Find(id)?.ParentId)
        {
            if (id == boxId || ++seen > _boxes.Count)
            {
                return true;
            }
        }

        return false;
    }
}
