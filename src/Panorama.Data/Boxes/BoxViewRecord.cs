using Panorama.Core.Views;

namespace Panorama.Data.Boxes;

/// <summary>
/// A column view or card view saved for a box. A box without saved views of a kind shows its type's defaults
/// (<see cref="DefaultViews"/>).
/// </summary>
public sealed class BoxViewRecord
{
    public Guid Id { get; set; }

    public Guid BoxId { get; set; }

    public ViewKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>Order among the box's views of the same kind; the first column view is the default one.</summary>
    public int Position { get; set; }

    /// <summary>The columns as JSON (<see cref="Storage.ViewJson"/>).</summary>
    public required string ColumnsJson { get; set; }
}
