namespace Panorama.Core.Grouping;

public enum BoardGroupKind
{
    /// <summary>By (site, status): never merges two sites' statuses, even same-named ones (rule 15).</summary>
    Status,

    /// <summary>By To Do / In Progress / Done, merged across sites.</summary>
    StatusCategory,

    /// <summary>By person (Atlassian account ids are the same on every site); unassigned last.</summary>
    Assignee,

    /// <summary>By any built-in or native field.</summary>
    Field,
}
