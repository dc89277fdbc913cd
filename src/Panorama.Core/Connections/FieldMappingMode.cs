namespace Panorama.Core.Connections;

/// <summary>Where a built-in field's value lives on one site.</summary>
public enum FieldMappingMode
{
    /// <summary>A Jira field, synchronised both ways: edits in Panorama are written back.</summary>
    TwoWay,

    /// <summary>A Jira field read into Panorama; Panorama refuses to edit it.</summary>
    ReadOnly,

    /// <summary>Kept in Panorama only. Allowed for the primary connection only (rule 11).</summary>
    NotSynchronized,
}
