namespace Panorama.Core.Structure.Building;

/// <summary>
/// The groups one builder made, added to the tree's shared node list, with their sort positions. The builder
/// interns its own keys.
/// </summary>
internal sealed class GroupCatalog(List<WbsNode> allNodes)
{
    private readonly List<(int Node, GroupSort Sort)> _own = [];

    public int Add(WbsNode node, GroupSort sort)
    {
        var id = allNodes.Count;
        allNodes.Add(node);
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
