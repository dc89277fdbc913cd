namespace Panorama.Web.Boxes;

/// <summary>Audit action names of the boxes feature (<c>noun.verb</c>; stored and filtered on, so they never change).</summary>
internal static class BoxAudit
{
    public const string Created = "box.created";
    public const string Updated = "box.updated";
    public const string Moved = "box.moved";
    public const string Archived = "box.archived";
    public const string Restored = "box.restored";
    public const string Deleted = "box.deleted";
    public const string MemberChanged = "box.member-changed";
    public const string MemberRemoved = "box.member-removed";
    public const string ScopeChanged = "box.scope-changed";
    public const string StructureChanged = "box.structure-changed";
    public const string ViewsChanged = "box.views-changed";
    public const string CalendarChanged = "box.calendar-changed";
    public const string TypeDefined = "box-type.defined";
    public const string TypeRemoved = "box-type.removed";
    public const string DependencyCreated = "dependency.created";
    public const string DependencyDeleted = "dependency.deleted";
}
