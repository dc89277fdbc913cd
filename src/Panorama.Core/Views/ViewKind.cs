namespace Panorama.Core.Views;

public enum ViewKind
{
    /// <summary>Columns of the WBS/Gantt grid.</summary>
    Column,

    /// <summary>Fields shown on board cards; cards have no parent rows, so no aggregation.</summary>
    Card,
}
