using System.Globalization;
using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Commands;

/// <summary>
/// Validates one field operation (<c>set</c>, <c>add</c>, <c>remove</c>, <c>edit</c>) against an issue and, when valid,
/// plans the change: the plan runs only after every field of the request validated, and returns the changelog items
/// Jira would write for it.
/// </summary>
internal sealed partial class FieldEditor(SiteCatalog catalog, SiteState state)
{
    public delegate IEnumerable<ChangeItem> Change();

    /// <summary>Returns Jira's error message for the field, or null with the change added to <paramref name="plan"/>.</summary>
    public string? Plan(SimIssue issue, FieldDef field, string operation, JsonElement value, List<Change> plan)
    {
        try
        {
            var change = field.Kind switch
            {
                FieldKind.Summary => Summary(issue, value),
                FieldKind.Description => Description(issue, value),
                FieldKind.IssueType => IssueType(issue, value),
                FieldKind.Parent => Parent(issue, value),
                FieldKind.Priority => Priority(issue, value),
                FieldKind.Assignee => User(field, value, nullable: true, () => issue.AssigneeId, v => issue.AssigneeId = v),
                FieldKind.Reporter => User(field, value, nullable: false, () => issue.ReporterId, v => issue.ReporterId = v!),
                FieldKind.Labels => Labels(issue, operation, value),
                FieldKind.Components => Items(issue, operation, value, "Component", field, issue.Project.Components.Select(c => (c.Id, c.Name)).ToList(),
                    () => issue.ComponentIds, v => issue.ComponentIds = v),
                FieldKind.FixVersions => Items(issue, operation, value, "Fix Version", field, issue.Project.Versions.Select(v => (v.Id, v.Name)).ToList(),
                    () => issue.FixVersionIds, v => issue.FixVersionIds = v),
                FieldKind.DueDate => Date(field, value, () => issue.DueDate, v => issue.DueDate = v),
                FieldKind.StartDate => Date(field, value, () => issue.StartDate, v => issue.StartDate = v),
                FieldKind.TargetStart => Date(field, value, () => issue.TargetStart, v => issue.TargetStart = v),
                FieldKind.TargetEnd => Date(field, value, () => issue.TargetEnd, v => issue.TargetEnd = v),
                FieldKind.TimeTracking => TimeTracking(issue, value),
                FieldKind.StoryPoints => StoryPoints(issue, field, value),
                FieldKind.Sprint => Sprint(issue, field, value),
                _ => throw new FieldException(Messages.NotOnScreen(field.Id)),
            };
            plan.Add(change);
            return null;
        }
        catch (FieldException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Moves the issue to another status (the control API's stand-in for a workflow transition).</summary>
    public Change Status(SimIssue issue, JsonElement value, DateTimeOffset now)
    {
        var status = catalog.Status(Reference(value, "status")) ?? throw new FieldException("The status is not valid.");
        return () =>
        {
            if (status == issue.Status)
            {
                return [];
            }

            var old = issue.Status;
            issue.Status = status;
            var items = new List<ChangeItem> { new("status", "jira", "status", old.Id.ToString(), old.Name, status.Id.ToString(), status.Name) };
            if (old.Category != status.Category)
            {
                issue.StatusCategoryChanged = now;
            }

            if (old.Category != StatusCategoryDef.Done && status.Category == StatusCategoryDef.Done)
            {
                issue.ResolutionDate = now;
                items.Add(new("resolution", "jira", "resolution", null, null, "10000", "Done"));
            }
            else if (old.Category == StatusCategoryDef.Done && status.Category != StatusCategoryDef.Done)
            {
                issue.ResolutionDate = null;
                items.Add(new("resolution", "jira", "resolution", "10000", "Done", null, null));
            }

            return items;
        };
    }

    private static Change Summary(SimIssue issue, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
        if (text.Length == 0)
        {
            throw new FieldException(Messages.SummaryRequired);
        }

        if (text.Length > 255)
        {
            throw new FieldException("Summary must be less than 255 characters.");
        }

        return () =>
        {
            var old = issue.Summary;
            issue.Summary = text;
            return old == text ? [] : [new("summary", "jira", "summary", null, old, null, text)];
        };
    }

    private static Change Description(SimIssue issue, JsonElement value)
    {
        var paragraphs = value.ValueKind switch
        {
            JsonValueKind.Null => [],
            JsonValueKind.String => value.GetString()!.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList(),
            JsonValueKind.Object when value.TryGetProperty("type", out var type) && type.ValueEquals("doc") => Adf.Paragraphs(value),
            _ => throw new FieldException("Operation value must be an Atlassian Document (see the Atlassian Document Format)"),
        };
        return () =>
        {
            var old = string.Join("\n\n", issue.Description);
            var updated = string.Join("\n\n", paragraphs);
            issue.Description = paragraphs;
            return old == updated ? [] : [new("description", "jira", "description", null, Empty(old), null, Empty(updated))];
        };
    }

    private Change IssueType(SimIssue issue, JsonElement value)
    {
        var type = catalog.IssueType(Reference(value, "issuetype")) ?? throw new FieldException("The issue type selected is invalid.");
        if (type.Subtask != issue.Type.Subtask || (type.HierarchyLevel != issue.Type.HierarchyLevel && issue.ChildIds.Count > 0))
        {
            throw new FieldException("The issue type selected is invalid.");
        }

        return () =>
        {
            var old = issue.Type;
            issue.Type = type;
            return old == type ? [] : [new("issuetype", "jira", "issuetype", old.Id.ToString(), old.Name, type.Id.ToString(), type.Name)];
        };
    }

    private Change Parent(SimIssue issue, JsonElement value)
    {
        SimIssue? parent = null;
        if (value.ValueKind != JsonValueKind.Null)
        {
            parent = state.Find(Reference(value, "parent", "key")) ?? throw new FieldException("Could not find issue by id or key.");
            var fits = issue.Type.Subtask ? parent.Type.HierarchyLevel == 0 : parent.Type.HierarchyLevel == issue.Type.HierarchyLevel + 1;
            if (!fits || parent.Project != issue.Project && issue.Type.Subtask)
            {
                throw new FieldException("Given parent work item does not belong to appropriate hierarchy.");
            }
        }
        else if (issue.Type.Subtask)
        {
            throw new FieldException("Sub-tasks must have a parent.");
        }

        return () =>
        {
            var old = issue.ParentId is { } oldId ? state.IssuesById.GetValueOrDefault(oldId) : null;
            if (old == parent)
            {
                return [];
            }

            state.Invalidate(issue);
            old?.ChildIds.Remove(issue.Id);
            issue.ParentId = parent?.Id;
            if (parent is not null)
            {
                parent.ChildIds.Add(issue.Id);
                parent.ChildIds.Sort();
            }

            state.Invalidate(issue);
            return [new("IssueParentAssociation", "jira", "parent", old?.Id.ToString(), old?.Key, parent?.Id.ToString(), parent?.Key)];
        };
    }

    private Change Priority(SimIssue issue, JsonElement value)
    {
        var priority = catalog.Priority(Reference(value, "priority")) ?? throw new FieldException("The priority selected is invalid.");
        return () =>
        {
            var old = issue.Priority;
            issue.Priority = priority;
            return old == priority ? [] : [new("priority", "jira", "priority", old.Id.ToString(), old.Name, priority.Id.ToString(), priority.Name)];
        };
    }

    private Change User(FieldDef field, JsonElement value, bool nullable, Func<string?> get, Action<string?> set)
    {
        SimUser? user = null;
        if (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("accountId", out var none) && none.ValueKind == JsonValueKind.Null))
        {
            if (!nullable)
            {
                throw new FieldException($"{field.Name} is required.");
            }
        }
        else
        {
            user = catalog.Users.ByAccountId(Reference(value, field.Id, "accountId"));
            if (user is not { Active: true })
            {
                throw new FieldException("Specified user does not exist or you do not have required permissions");
            }
        }

        return () =>
        {
            var old = catalog.Users.ByAccountId(get());
            set(user?.AccountId);
            return old == user ? [] : [new(field.Id, "jira", field.Id, old?.AccountId, old?.DisplayName, user?.AccountId, user?.DisplayName)];
        };
    }

    private static Change Date(FieldDef field, JsonElement value, Func<DateOnly?> get, Action<DateOnly?> set)
    {
        DateOnly? date = null;
        if (value.ValueKind != JsonValueKind.Null)
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            date = JiraFormats.TryParseDate(text, out var parsed) ? parsed : throw new FieldException($"Error parsing date string: {text}");
        }

        return () =>
        {
            var old = get();
            set(date);
            if (old == date)
            {
                return [];
            }

            var from = old is { } o ? JiraFormats.Date(o) : null;
            var to = date is { } n ? JiraFormats.Date(n) : null;
            return field.Custom
                ? [new(field.Name, "custom", field.Id, from, from, to, to)]
                : [new(field.Id, "jira", field.Id, from, from is null ? null : from + " 00:00:00.0", to, to is null ? null : to + " 00:00:00.0")];
        };
    }

    private static Change StoryPoints(SimIssue issue, FieldDef field, JsonElement value)
    {
        double? points = value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) => p,
            _ => throw new FieldException("Operation value must be a number"),
        };
        return () =>
        {
            var old = issue.StoryPoints;
            issue.StoryPoints = points;
            return old == points ? [] : [new(field.Name, "custom", field.Id, null, Number(old), null, Number(points))];
        };
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    private sealed class FieldException(string message) : Exception(message);
}
