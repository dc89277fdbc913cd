using Panorama.Core.Tasks;

namespace Panorama.Jira.Model;

/// <summary>An issue's status with its category key (<c>new</c>, <c>indeterminate</c>, <c>done</c>).</summary>
public sealed record JiraStatus(string? Id, string? Name, string? CategoryKey)
{
    /// <summary>The universal category; an unknown key reads as To Do.</summary>
    public StatusCategory Category => StatusCategories.FromJiraKey(CategoryKey);
}

/// <summary>An issue type; <see cref="HierarchyLevel"/> is -1 for sub-tasks, 0 for standard types, 1 for epics.</summary>
public sealed record JiraIssueTypeRef(string? Id, string? Name, bool Subtask, int? HierarchyLevel);

public sealed record JiraProjectRef(string? Id, string? Key, string? Name);

/// <summary>Another issue named by id and key (a parent, the far side of a link).</summary>
public sealed record JiraIssueRef(string? Id, string? Key);

/// <summary>A user as issue fields carry them; e-mail is left out (often hidden by privacy settings).</summary>
public sealed record JiraUserRef(string? AccountId, string? DisplayName);

public sealed record JiraVersionRef(string? Id, string? Name, bool? Released, bool? Archived, DateOnly? ReleaseDate);

public sealed record JiraComponentRef(string? Id, string? Name);

/// <summary>A sprint from the Sprint custom field (<c>com.pyxis.greenhopper.jira:gh-sprint</c>).</summary>
public sealed record JiraSprint(long Id, string? Name, string? State, long? BoardId, DateTimeOffset? StartDate,
    DateTimeOffset? EndDate, DateTimeOffset? CompleteDate);
