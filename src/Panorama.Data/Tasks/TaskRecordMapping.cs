using System.Text;
using Panorama.Core.Tasks;

namespace Panorama.Data.Tasks;

/// <summary>Turns stored rows into the Core model that boxes plan with.</summary>
public static class TaskRecordMapping
{
    public static PlanTask ToPlanTask(this TaskRecord record, SharedRefs refs) => new()
    {
        Key = new TaskKey(record.ConnectionId, record.IssueId),
        IssueKey = record.IssueKey,
        Project = refs.Project(record.ConnectionId, new ProjectRef(record.ProjectId, record.ProjectKey)),
        IssueType = refs.IssueType(record.ConnectionId, new IssueTypeRef(record.IssueTypeId, record.IssueTypeName, record.HierarchyLevel, record.IsSubtask)),
        Status = refs.Status(record.ConnectionId, new StatusRef(record.StatusId, record.StatusName, record.StatusCategory)),
        Summary = record.Summary,
        Assignee = record.AssigneeAccountId is null ? null : refs.Person(new Person(record.AssigneeAccountId, record.AssigneeName ?? record.AssigneeAccountId)),
        ParentIssueId = record.ParentIssueId,
        StartDate = record.StartDate,
        EndDate = record.EndDate,
        BaselineStart = record.BaselineStart,
        BaselineEnd = record.BaselineEnd,
        OriginalEstimate = record.OriginalEstimate,
        RemainingEstimate = record.RemainingEstimate,
        TimeSpent = record.TimeSpent,
        Progress = record.Progress,
        StoryPoints = record.StoryPoints,
        NativeFields = NativeFieldValues.FromUtf8(Encoding.UTF8.GetBytes(record.FieldsJson)),
        Updated = record.Updated,
    };

    public static TaskLink ToTaskLink(this TaskLinkRecord record) =>
        new(record.ConnectionId, record.LinkId, record.LinkTypeId, record.SourceIssueId, record.DestinationIssueId);
}
