namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// The revisions a box snapshot depends on: the box's own and, when its structure shows sub-boxes, those of every box
/// below it (a sub-box renamed, moved, archived or given another scope changes the tree).
/// </summary>
public sealed class BoxStamp : IEquatable<BoxStamp>
{
    private readonly BoxRow[] _rows;

    private BoxStamp(BoxRow[] rows, bool includesDescendants)
    {
        _rows = rows;
        IncludesDescendants = includesDescendants;
    }

    public bool IncludesDescendants { get; }

    public static BoxStamp Of(IReadOnlyDictionary<Guid, BoxRow> boxes, Guid boxId, bool includeDescendants)
    {
        var rows = new List<BoxRow>();
        if (boxes.TryGetValue(boxId, out var own))
        {
            rows.Add(own);
        }

        if (includeDescendants)
        {
            var children = boxes.Values.Where(b => b.ParentId is not null).ToLookup(b => b.ParentId!.Value);
            var queue = new Queue<Guid>([boxId]);
            var seen = new HashSet<Guid> { boxId };
            while (queue.TryDequeue(out var parent))
            {
                foreach (var child in children[parent].OrderBy(c => c.Id).Where(c => seen.Add(c.Id)))
                {
                    rows.Add(child);
                    queue.Enqueue(child.Id);
                }
            }
        }

        return new BoxStamp([.. rows], includeDescendants);
    }

    /// <summary>Whether the box rows read now give the same stamp.</summary>
    public bool Matches(IReadOnlyDictionary<Guid, BoxRow> boxes, Guid boxId) => Equals(Of(boxes, boxId, IncludesDescendants));

    public bool Equals(BoxStamp? other) =>
        other is not null && IncludesDescendants == other.IncludesDescendants && _rows.AsSpan().SequenceEqual(other._rows);

    public override bool Equals(object? obj) => obj is BoxStamp other && Equals(other);

    public override int GetHashCode() => _rows.Length;
}
