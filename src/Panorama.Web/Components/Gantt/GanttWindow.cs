namespace Panorama.Web.Components.Gantt;

/// <summary>
/// The rows currently rendered (on screen plus a little overscan), their dependencies and the drags not yet
/// confirmed by the source. Arrows are drawn only among these rows.
/// </summary>
internal sealed class GanttWindow
{
    private readonly Dictionary<string, GanttRow> _overrides = [];

    public int Start { get; private set; }

    public IReadOnlyList<GanttRowSlot> Slots { get; private set; } = [];

    public IReadOnlyList<GanttDependency> Dependencies { get; set; } = [];

    public int Count => Slots.Count;

    public void Show(int start, IReadOnlyList<GanttRowSlot> slots)
    {
        Start = start;
        Slots = slots;
    }

    /// <summary>The row as it should look: with the user's unconfirmed drag applied.</summary>
    public GanttRow Effective(GanttRow row) => _overrides.TryGetValue(row.Id, out var changed) ? changed : row;

    public GanttRowSlot? Find(string id)
    {
        foreach (var slot in Slots)
        {
            if (slot.Row.Id == id)
            {
                return slot with { Row = Effective(slot.Row) };
            }
        }

        return null;
    }

    public GanttRowSlot? At(int index) =>
        index >= Start && index < Start + Slots.Count ? Slots[index - Start] with { Row = Effective(Slots[index - Start].Row) } : null;

    /// <summary>Shows a drag at once, as pending, until the source says otherwise (<see cref="ForgetOverrides"/>).</summary>
    public void Override(GanttRow changed) => _overrides[changed.Id] = changed;

    public void ForgetOverrides() => _overrides.Clear();

    public IReadOnlySet<string> Ids() => Slots.Select(s => s.Row.Id).ToHashSet();
}
