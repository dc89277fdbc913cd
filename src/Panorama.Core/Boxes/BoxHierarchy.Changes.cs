using Panorama.Core.Outcomes;

namespace Panorama.Core.Boxes;

public sealed partial class BoxHierarchy
{
    public Outcome<BoxChange> Create(Guid id, string name, BoxType type, Guid? parentId, BoxPeriod period)
    {
        if (_boxes.ContainsKey(id))
        {
            return Outcome.Refused<BoxChange>($"A box with id {id} already exists.");
        }

        if (CheckName(name) is { } badName)
        {
            return Outcome.Refused<BoxChange>(badName);
        }

        if (parentId is { } p && CheckParent(p) is { } badParent)
        {
            return Outcome.Refused<BoxChange>(badParent);
        }

        return Apply(new Box(id, name.Trim(), type, parentId, period));
    }

    public Outcome<BoxChange> Rename(Guid id, string name) =>
        Edit(id, box => CheckName(name) is { } bad ? Outcome.Refused<Box>(bad) : box with { Name = name.Trim() });

    public Outcome<BoxChange> ChangeType(Guid id, BoxType type) => Edit(id, box => box with { Type = type });

    public Outcome<BoxChange> ChangePeriod(Guid id, BoxPeriod period) => Edit(id, box => box with { Period = period });

    /// <summary>Re-parents a box (null: to the top level); refuses a move that would put a box inside itself.</summary>
    public Outcome<BoxChange> Move(Guid id, Guid? newParentId) => Edit(id, box =>
    {
        if (newParentId is not { } parentId)
        {
            return box with { ParentId = null };
        }

        if (CheckParent(parentId) is { } badParent)
        {
            return Outcome.Refused<Box>(badParent);
        }

        if (IsInside(parentId, box.Id))
        {
            var path = string.Join(" > ", PathTo(parentId).SkipWhile(b => b.Id != box.Id).Select(b => $"'{b.Name}'"));
            var target = _boxes[parentId].Name;
            return Outcome.Refused<Box>(parentId == box.Id
                ? $"Box '{box.Name}' cannot be its own parent. Choose another parent box."
                : $"Box '{box.Name}' cannot move under '{target}': '{target}' is inside it ({path}), so the move would " +
                  $"make a cycle. Choose a parent outside '{box.Name}', or move '{target}' out first.");
        }

        return box with { ParentId = parentId };
    });

    /// <summary>Archives a box together with everything below it.</summary>
    public Outcome<BoxChange> Archive(Guid id) => SetArchived(id, archived: true);

    /// <summary>Restores an archived box and everything below it; its parent must not be archived.</summary>
    public Outcome<BoxChange> Restore(Guid id)
    {
        if (Find(id) is { ParentId: { } parentId } box && _boxes[parentId].IsArchived)
        {
            return Outcome.Refused<BoxChange>(
                $"Box '{box.Name}' is inside the archived box '{_boxes[parentId].Name}'. Restore that box, or move this one elsewhere first.");
        }

        return SetArchived(id, archived: false);
    }

    private Outcome<BoxChange> SetArchived(Guid id, bool archived)
    {
        if (Find(id) is not { } box)
        {
            return Outcome.Refused<BoxChange>(NotFound(id));
        }

        var changed = new[] { box }.Concat(Descendants(id)).Where(b => b.IsArchived != archived)
            .Select(b => b with { IsArchived = archived }).ToList();
        return new BoxChange(new BoxHierarchy(_boxes.SetItems(changed.Select(b => KeyValuePair.Create(b.Id, b)))), changed);
    }

    private Outcome<BoxChange> Edit(Guid id, Func<Box, Outcome<Box>> change)
    {
        if (Find(id) is not { } box)
        {
            return Outcome.Refused<BoxChange>(NotFound(id));
        }

        if (box.IsArchived)
        {
            return Outcome.Refused<BoxChange>($"Box '{box.Name}' is archived. Restore it before changing it.");
        }

        var changed = change(box);
        return changed.IsOk ? Apply(changed.Value) : Outcome.Refused<BoxChange>(changed.Refusal!);
    }

    private BoxChange Apply(Box box) => new(new BoxHierarchy(_boxes.SetItem(box.Id, box)), [box]);

    private string? CheckParent(Guid parentId) => Find(parentId) switch
    {
        null => NotFound(parentId),
        { IsArchived: true } parent => $"Box '{parent.Name}' is archived and cannot take sub-boxes. Restore it first.",
        _ => null,
    };

    private static string? CheckName(string name) => name.Trim().Length is 0 or > Box.MaxNameLength
        ? $"A box needs a name of 1 to {Box.MaxNameLength} characters."
        : null;

    private static string NotFound(Guid id) => $"Box {id} does not exist. Reload the box list.";
}
