namespace Panorama.Core.Structure.Building;

/// <summary>
/// The groups one builder made, interned by key into the tree's shared node list, with their sort positions.
/// </summary>
internal sealed class GroupCatalog(List<WbsNode> allNodes)
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<(int Node, GroupSort Sort)> _own = [];

    public bool TryGet(string key, out int node) => _byKey.TryGetValue(key, out node);

    public int Add(string key, WbsNode node, GroupSort sort)
    {
        var id = allNodes.Count;
        allNodes.Add(node);
        _byKey.Add(key, id);
        _own.Add((id, sort));
        return id;
    }

    /// <summary>rank[node] = position of the node among this builder's groups (indexed by shared node id).</summary>
    public int[] Ranks()
    {
        var rank = new int[allNodes.Count];
        var ordered = _own.OrderBy(g => g.Sort).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            rank[ordered[i].Node] = i;
        }

        return rank;
    }
}
