using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rendering;

internal sealed partial class IssueWriter
{
    private void WriteValue(Utf8JsonWriter w, SimIssue issue, FieldDef field)
    {
        switch (field.Kind)
        {
            case FieldKind.Summary:
                w.WriteStringValue(issue.Summary);
                break;
            case FieldKind.Description:
                WriteDescription(w, issue.Description);
                break;
            case FieldKind.IssueType:
                entities.IssueType(w, issue.Type);
                break;
            case FieldKind.Parent:
                WriteLinkedIssue(w, state.IssuesById[issue.ParentId!.Value]);
                break;
            case FieldKind.Project:
                entities.Project(w, issue.Project);
                break;
            case FieldKind.Status:
                entities.Status(w, issue.Status);
                break;
            case FieldKind.StatusCategoryChangeDate:
                w.WriteStringValue(JiraFormats.DateTime(issue.StatusCategoryChanged));
                break;
            case FieldKind.Priority:
                entities.Priority(w, issue.Priority);
                break;
            case FieldKind.Resolution:
                if (issue.IsResolved)
                {
                    entities.Resolution(w);
                }
                else
                {
                    w.WriteNullValue();
                }

                break;
            case FieldKind.ResolutionDate:
                WriteDateTime(w, issue.ResolutionDate);
                break;
            case FieldKind.Assignee:
                entities.User(w, catalog.Users.ByAccountId(issue.AssigneeId));
                break;
            case FieldKind.Reporter:
                entities.User(w, catalog.Users.ByAccountId(issue.ReporterId));
                break;
            case FieldKind.Creator:
                entities.User(w, catalog.Users.ByAccountId(issue.CreatorId));
                break;
            case FieldKind.Created:
                w.WriteStringValue(JiraFormats.DateTime(issue.Created));
                break;
            case FieldKind.Updated:
                w.WriteStringValue(JiraFormats.DateTime(issue.Updated));
                break;
            case FieldKind.DueDate:
                WriteDate(w, issue.DueDate);
                break;
            case FieldKind.StartDate:
                WriteDate(w, issue.StartDate);
                break;
            case FieldKind.TargetStart:
                WriteDate(w, issue.TargetStart);
                break;
            case FieldKind.TargetEnd:
                WriteDate(w, issue.TargetEnd);
                break;
            case FieldKind.Labels:
                w.WriteStartArray();
                foreach (var label in issue.Labels)
                {
                    w.WriteStringValue(label);
                }

                w.WriteEndArray();
                break;
            case FieldKind.Components:
                w.WriteStartArray();
                // A plain loop and test: a lambda over `issue` made C# allocate a closure on every call of this method,
                // that is for every field of every issue rendered.
                foreach (var component in issue.Project.Components)
                {
                    if (!issue.ComponentIds.Contains(component.Id))
                    {
                        continue;
                    }

                    entities.Component(w, component);
                }

                w.WriteEndArray();
                break;
            case FieldKind.FixVersions:
                w.WriteStartArray();
                foreach (var version in issue.Project.Versions)
                {
                    if (!issue.FixVersionIds.Contains(version.Id))
                    {
                        continue;
                    }

                    entities.Version(w, version);
                }

                w.WriteEndArray();
                break;
            case FieldKind.IssueLinks:
                w.WriteStartArray();
                foreach (var link in issue.Links)
                {
                    WriteLinkEntry(w, link, issue);
                }

                w.WriteEndArray();
                break;
            case FieldKind.Subtasks:
                w.WriteStartArray();
                foreach (var childId in issue.ChildIds)
                {
                    if (state.IssuesById.TryGetValue(childId, out var child) && child.Type.Subtask)
                    {
                        WriteLinkedIssue(w, child);
                    }
                }

                w.WriteEndArray();
                break;
            case FieldKind.TimeTracking:
                WriteTimeTracking(w, issue);
                break;
            case FieldKind.TimeOriginalEstimate:
                WriteNumber(w, issue.OriginalEstimate);
                break;
            case FieldKind.TimeEstimate:
                WriteNumber(w, issue.RemainingEstimate);
                break;
            case FieldKind.TimeSpent:
                WriteNumber(w, issue.TimeSpent);
                break;
            case FieldKind.AggregateTimeOriginalEstimate:
                WriteNumber(w, Aggregate(issue, i => i.OriginalEstimate));
                break;
            case FieldKind.AggregateTimeEstimate:
                WriteNumber(w, Aggregate(issue, i => i.RemainingEstimate));
                break;
            case FieldKind.AggregateTimeSpent:
                WriteNumber(w, Aggregate(issue, i => i.TimeSpent));
                break;
            case FieldKind.Progress:
                WriteProgress(w, issue.TimeSpent ?? 0, issue.RemainingEstimate ?? 0);
                break;
            case FieldKind.AggregateProgress:
                WriteProgress(w, Aggregate(issue, i => i.TimeSpent) ?? 0, Aggregate(issue, i => i.RemainingEstimate) ?? 0);
                break;
            case FieldKind.WorkRatio:
                w.WriteNumberValue(issue.OriginalEstimate is > 0 ? (issue.TimeSpent ?? 0) * 100 / issue.OriginalEstimate.Value : -1);
                break;
            case FieldKind.Watches:
                w.WriteStartObject();
                w.WriteString("self", $"{entities.ApiBase}/issue/{issue.Key}/watchers");
                w.WriteNumber("watchCount", 1);
                w.WriteBoolean("isWatching", false);
                w.WriteEndObject();
                break;
            case FieldKind.Votes:
                w.WriteStartObject();
                w.WriteString("self", $"{entities.ApiBase}/issue/{issue.Key}/votes");
                w.WriteNumber("votes", 0);
                w.WriteBoolean("hasVoted", false);
                w.WriteEndObject();
                break;
            case FieldKind.Attachment:
                w.WriteStartArray();
                w.WriteEndArray();
                break;
            case FieldKind.Comment:
                w.WriteStartObject();
                w.WriteStartArray("comments");
                w.WriteEndArray();
                w.WriteString("self", $"{entities.ApiBase}/issue/{issue.Id}/comment");
                w.WriteNumber("maxResults", 0);
                w.WriteNumber("total", 0);
                w.WriteNumber("startAt", 0);
                w.WriteEndObject();
                break;
            case FieldKind.Worklog:
                w.WriteStartObject();
                w.WriteNumber("startAt", 0);
                w.WriteNumber("maxResults", 20);
                w.WriteNumber("total", 0);
                w.WriteStartArray("worklogs");
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case FieldKind.StoryPoints:
                if (issue.StoryPoints is { } points)
                {
                    w.WriteNumberValue(points);
                }
                else
                {
                    w.WriteNullValue();
                }

                break;
            case FieldKind.Sprint:
                WriteSprints(w, issue);
                break;
            case FieldKind.Rank:
                w.WriteStringValue(issue.Rank);
                break;
            case FieldKind.Versions:
                w.WriteStartArray();
                w.WriteEndArray();
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }
}
