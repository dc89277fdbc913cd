using System.Globalization;
using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;
using Panorama.JiraSim.Webhooks;

namespace Panorama.JiraSim.Commands;

internal sealed partial class IssueCommands
{
    private static readonly HashSet<string> CreateOnly = new(["project", "issuetype", "summary"], StringComparer.Ordinal);

    /// <summary><c>POST /issue</c>: 201 with <c>{id, key, self}</c>, or 400 naming each missing or unsettable field.</summary>
    public CommandResult Create(JsonElement body, string actor, bool control) =>
        Run(deliveries =>
        {
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Object)
            {
                return CommandResult.BadRequest(ErrorCollection.Message(Messages.NoBody));
            }

            var errors = new ErrorCollection();
            var project = fields.TryGetProperty("project", out var p) ? Catalog.Project(Text(p, "key") ?? "") : null;
            var type = fields.TryGetProperty("issuetype", out var t) ? Catalog.IssueType(Text(t, "name") ?? "") : null;
            var summary = fields.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()!.Trim() : "";
            if (project is null)
            {
                errors.Errors["project"] = Messages.ProjectRequired;
            }

            if (type is null)
            {
                errors.Errors["issuetype"] = Messages.IssueTypeRequired;
            }

            if (summary.Length == 0)
            {
                errors.Errors["summary"] = Messages.SummaryRequired;
            }

            if (type is { Subtask: true } && !fields.TryGetProperty("parent", out _))
            {
                errors.Errors["parent"] = "Sub-tasks must have a parent.";
            }

            if (!errors.IsEmpty)
            {
                return CommandResult.BadRequest(errors);
            }

            var now = site.Time.GetUtcNow();
            var issue = New(project!, type!, summary, actor, now);
            var plan = PlanFields(issue, body, control, errors, CreateOnly);
            if (!errors.IsEmpty)
            {
                return CommandResult.BadRequest(errors);
            }

            State.NextIssueNumber[project!.Id]++;
            State.NextIssueId++;
            State.AddIssue(issue);
            var items = new List<ChangeItem>
            {
                new("summary", "jira", "summary", null, null, null, summary),
                new("status", "jira", "status", null, null, issue.Status.Id.ToString(), issue.Status.Name),
                new("priority", "jira", "priority", null, null, issue.Priority.Id.ToString(), issue.Priority.Name),
                new("reporter", "jira", "reporter", null, null, actor, Catalog.Users.ByAccountId(actor)?.DisplayName),
            };
            items.AddRange(plan.SelectMany(change => change().ToList()));

            // Jira keeps no history entry for the creation itself, but the created webhook carries these items.
            var changelog = new ChangeHistory(State.NextChangeId++, actor, now, items);
            site.Publisher.Collect(new IssueEvent(WebhookEvents.IssueCreated, "issue_created", issue, changelog, actor), deliveries);
            return new CommandResult(201, Value: issue);
        });

    private SimIssue New(SimProject project, SimIssueType type, string summary, string actor, DateTimeOffset now) => new()
    {
        Id = State.NextIssueId,
        Key = $"{project.Key}-{State.NextIssueNumber[project.Id]}",
        Project = project,
        Type = type,
        Status = Catalog.Statuses[0],
        Summary = summary,
        Priority = Catalog.DefaultPriority,
        ReporterId = actor,
        CreatorId = actor,
        Created = now,
        Updated = now,
        StatusCategoryChanged = now,
        Renders = new Rendering.RenderCache(State.RenderBudget),
        Rank = $"1|i{State.NextIssueId.ToString("x", CultureInfo.InvariantCulture)}:",
    };

    private static string? Text(JsonElement value, string preferred)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)[preferred, "id", "key", "name"])
        {
            if (value.TryGetProperty(name, out var found))
            {
                return found.ValueKind == JsonValueKind.String ? found.GetString() : found.GetRawText();
            }
        }

        return null;
    }
}
