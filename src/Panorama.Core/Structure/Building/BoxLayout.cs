using Panorama.Core.Tasks;

namespace Panorama.Core.Structure.Building;

/// <summary>
/// Box structure builder: the sub-box tree as slots (a slot per box, children in tree order) and each task's slot:
/// the deepest sub-box whose scope holds it, the earlier sibling when two siblings both do.
/// </summary>
internal sealed class BoxLayout
{
    private BoxLayout(int[] slotOfTask, int[] nodeOfSlot, List<int>[] childSlots, List<int> topSlots)
    {
        SlotOfTask = slotOfTask;
        NodeOfSlot = nodeOfSlot;
        ChildSlots = childSlots;
        TopSlots = topSlots;
    }

    public int[] SlotOfTask { get; }

    public int[] NodeOfSlot { get; }

    public List<int>[] ChildSlots { get; }

    public List<int> TopSlots { get; }

    public static BoxLayout Create(BoxStructureBuilder builder, int builderIndex, StructureInput input, List<WbsNode> nodes)
    {
        var boxes = input.SubBoxes?.Boxes ?? [];
        var slotOfBox = boxes.Select((b, i) => (b.Box.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var childSlots = boxes.Select(_ => new List<int>()).ToArray();
        var topSlots = new List<int>();
        for (var s = 0; s < boxes.Count; s++)
        {
            if (boxes[s].Box.ParentId is { } parent && slotOfBox.TryGetValue(parent, out var parentSlot))
            {
                childSlots[parentSlot].Add(s);
            }
            else
            {
                topSlots.Add(s);
            }
        }

        var nodeOfSlot = new int[boxes.Count];
        for (var s = 0; s < boxes.Count; s++)
        {
            var box = boxes[s].Box;
            nodeOfSlot[s] = nodes.Count;
            nodes.Add(new WbsNode(WbsRowKind.Box, $"{builderIndex}:box:{box.Id:N}", box.Name, builderIndex)
            {
                Value = box.Name,
                BoxId = box.Id,
            });
        }

        var layout = new BoxLayout(new int[input.Tasks.Count], nodeOfSlot, childSlots, topSlots);
        Array.Fill(layout.SlotOfTask, -1);
        foreach (var slot in layout.PreOrder())
        {
            foreach (var key in boxes[slot].Members)
            {
                layout.Place(input.Tasks, key, slot, builder);
            }
        }

        return layout;
    }

    /// <summary>Slots in tree order: a box before its sub-boxes, so a deeper box can take a task from its parent.</summary>
    private IEnumerable<int> PreOrder()
    {
        var pending = new Stack<int>(Enumerable.Reverse(TopSlots));
        while (pending.TryPop(out var slot))
        {
            yield return slot;
            for (var i = ChildSlots[slot].Count - 1; i >= 0; i--)
            {
                pending.Push(ChildSlots[slot][i]);
            }
        }
    }

    private void Place(TaskSet tasks, TaskKey key, int slot, BoxStructureBuilder builder)
    {
        var task = tasks.IndexOf(key);
        if (task < 0 || !builder.AppliesTo(tasks[task]))
        {
            return;
        }

        var current = SlotOfTask[task];
        if (current < 0 || IsBelow(slot, current))
        {
            SlotOfTask[task] = slot;
        }
    }

    private bool IsBelow(int slot, int ancestor)
    {
        foreach (var child in ChildSlots[ancestor])
        {
            if (child == slot || IsBelow(slot, child))
            {
                return true;
            }
        }

        return false;
    }
}
