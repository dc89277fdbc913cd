using Panorama.Core.Fields;

namespace Panorama.Core.Views;

/// <summary>A column of a view: a built-in field or a native field of any connection (rule 7), with its aggregation.</summary>
public sealed record ColumnRef(FieldRef Field, Aggregation Aggregation = Aggregation.None)
{
    public static implicit operator ColumnRef(BuiltInField field) => new(FieldRef.Of(field));
}
