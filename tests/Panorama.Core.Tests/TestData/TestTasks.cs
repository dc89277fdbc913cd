using Panorama.Core.Tasks;

namespace Panorama.Core.Tests.TestData;

/// <summary>Builds tasks tersely: <c>TestTasks.Make(TestSites.Alpha, 1, "OPS-1")</c>.</summary>
internal static class TestTasks
{
    public static IssueTypeRef Epic { get; } = new("10000", "Epic", 1, false);

    public static IssueTypeRef Story { get; } = new("10001", "Story", 0, false);

    public static IssueTypeRef SubTask { get; } = new("10002", "Sub-task", -1, true);

    /// <summary>Same names, different ids per site, as on real sites (rule 15).</summary>
    public static StatusRef Status(SiteRef site, StatusCategory category) => category switch
    {
        StatusCategory.ToDo => new StatusRef(site == TestSites.Alpha ? "1" : "10010", "To Do", category),
        StatusCategory.InProgress => new StatusRef(site == TestSites.Alpha ? "3" : "10011", "In Progress", category),
        _ => new StatusRef(site == TestSites.Alpha ? "5" : "10012", "Done", category),
    };

    public static PlanTask Make(SiteRef site, long issueId, string issueKey, long? parent = null,
        IssueTypeRef? type = null, StatusCategory category = StatusCategory.ToDo, string? fields = null)
    {
        var project = issueKey[..issueKey.LastIndexOf('-')];
        return new PlanTask
        {
            Key = new TaskKey(site.ConnectionId, issueId),
            IssueKey = issueKey,
            Project = new ProjectRef($"id-{project}", project),
            IssueType = type ?? Story,
            Status = Status(site, category),
            Summary = $"Summary of {issueKey}",
            ParentIssueId = parent,
            NativeFields = fields is null ? NativeFieldValues.Empty : NativeFieldValues.FromJson(fields),
        };
    }

    public static TaskSet Set(params PlanTask[] tasks) => TaskSet.Create(tasks, TestSites.Directory);
}
