namespace Panorama.Core.Views;

/// <summary>How a column shows on parent rows: over every task in the row's subtree, the row's own task included.</summary>
public enum Aggregation
{
    /// <summary>A parent task shows its own value; a group row shows nothing.</summary>
    None,
    Sum,
    Min,
    Max,
    Avg,

    /// <summary>How many tasks in the subtree have a value.</summary>
    Count,
}
