namespace Panorama.Core.Fields;

/// <summary>
/// A Panorama field whose value exists for tasks of every site (SPEC 1). Its value on a given site comes from that
/// connection's field mapping.
/// </summary>
public enum BuiltInField
{
    StartDate,
    EndDate,
    Progress,
    OriginalEstimate,
    RemainingEstimate,
    TimeSpent,
    StoryPoints,
    StatusCategory,
    Assignee,
    Summary,
    Key,
    Site,
    IssueType,
    BaselineStart,
    BaselineEnd,
}
