namespace Panorama.Core.Access;

/// <summary>
/// What a member may do in a box, ordered so that a higher role includes every lower one (compare with
/// <c>&gt;=</c>). A role on a box applies to all its sub-boxes.
/// </summary>
public enum BoxRole
{
    /// <summary>Sees the box and its tasks.</summary>
    Viewer = 1,

    /// <summary>Also changes tasks, dates and dependencies (written back to Jira).</summary>
    Editor = 2,

    /// <summary>Also changes the box itself: scope, structure, views, members, sub-boxes.</summary>
    Admin = 3,
}
