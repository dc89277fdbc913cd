using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;
using Panorama.JiraSim.Webhooks;

namespace Panorama.JiraSim.Commands;

/// <summary>
/// Every change to a site's issues and links, from REST or from the control API: validated as Jira validates (REST
/// honours the project's edit screen; the control API acts as a person in Jira's UI and may also move the status),
/// recorded in the changelog with a fresh <c>updated</c>, and published as the webhooks Jira would fire.
/// </summary>
internal sealed partial class IssueCommands(SiteRuntime site)
{
    private SiteState State => site.State;

    private SiteCatalog Catalog => site.Catalog;

    public CommandResult Edit(string idOrKey, JsonElement body, string actor, bool control) =>
        Run(deliveries =>
        {
            var issue = State.Find(idOrKey);
            if (issue is null)
            {
                return CommandResult.NotFound();
            }

            if (body.ValueKind != JsonValueKind.Object)
            {
                return CommandResult.BadRequest(ErrorCollection.Message(Messages.NoBody));
            }

            var errors = new ErrorCollection();
            var plan = PlanFields(issue, body, control, errors, skip: []);
            if (!errors.IsEmpty)
            {
                return CommandResult.BadRequest(errors);
            }

            var items = plan.SelectMany(change => change().ToList()).ToList();
            if (items.Count > 0)
            {
                RecordUpdate(issue, items, actor, deliveries, secondary: false);
            }

            return new CommandResult(204);
        });

    public CommandResult Delete(string idOrKey, string actor, bool deleteSubtasks) =>
        Run(deliveries =>
        {
            var issue = State.Find(idOrKey);
            if (issue is null)
            {
                return CommandResult.NotFound();
            }

            var subtasks = issue.ChildIds.Select(id => State.IssuesById[id]).Where(c => c.Type.Subtask).ToList();
            if (subtasks.Count > 0 && !deleteSubtasks)
            {
                return CommandResult.BadRequest(ErrorCollection.Message(
                    "The issue has subtasks. You must specify the 'deleteSubtasks' parameter to delete this issue."));
            }

            foreach (var subtask in subtasks)
            {
                Remove(subtask, actor, deliveries, secondary: true);
            }

            Remove(issue, actor, deliveries, secondary: false);
            return new CommandResult(204);
        });

    /// <summary>Runs a change under the write lock and sends the webhooks it fired once the lock is released.</summary>
    private CommandResult Run(Func<List<WebhookDelivery>, CommandResult> change)
    {
        var deliveries = new List<WebhookDelivery>();
        CommandResult result;
        using (State.Write())
        {
            result = change(deliveries);
        }

        site.Webhooks.Enqueue(deliveries);
        return result;
    }

    private List<FieldEditor.Change> PlanFields(SimIssue issue, JsonElement body, bool control, ErrorCollection errors, HashSet<string> skip)
    {
        var plan = new List<FieldEditor.Change>();
        var screen = control ? null : State.Screens.GetValueOrDefault(issue.Project.Id) ?? [];
        var inFields = new HashSet<string>(StringComparer.Ordinal);
        if (body.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                if (skip.Contains(field.Name))
                {
                    continue;
                }

                inFields.Add(field.Name);
                PlanField(issue, field.Name, "set", field.Value, control, screen, plan, errors);
            }
        }

        if (body.TryGetProperty("update", out var update) && update.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in update.EnumerateObject())
            {
                if (inFields.Contains(field.Name))
                {
                    errors.Errors[field.Name] = $"Field '{field.Name}' cannot be set. It is in both 'fields' and 'update'.";
                    continue;
                }

                foreach (var operation in field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray() : default)
                {
                    foreach (var op in operation.ValueKind == JsonValueKind.Object ? operation.EnumerateObject() : default)
                    {
                        PlanField(issue, field.Name, op.Name, op.Value, control, screen, plan, errors);
                    }
                }
            }
        }

        return plan;
    }

    private void PlanField(SimIssue issue, string fieldId, string operation, JsonElement value, bool control, HashSet<string>? screen,
        List<FieldEditor.Change> plan, ErrorCollection errors)
    {
        if (control && fieldId == "status")
        {
            try
            {
                plan.Add(site.Editor.Status(issue, value, site.Time.GetUtcNow()));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                errors.Errors[fieldId] = ex.Message;
            }

            return;
        }

        var def = Catalog.FieldsById.GetValueOrDefault(fieldId);
        if (def is not { Editable: true } || (screen is not null && !screen.Contains(fieldId)))
        {
            errors.Errors[fieldId] = Messages.NotOnScreen(fieldId);
            return;
        }

        if (!(def.Operations ?? []).Contains(operation))
        {
            errors.Errors[fieldId] = $"Operation '{operation}' is not supported for field '{fieldId}'.";
            return;
        }

        var error = site.Editor.Plan(issue, def, operation, value, plan);
        if (error is not null)
        {
            errors.Errors[fieldId] = error;
        }
    }

    /// <summary>Stamps a change: <c>updated</c> moves strictly forward, a changelog entry is written, webhooks fire.</summary>
    private ChangeHistory RecordUpdate(SimIssue issue, List<ChangeItem> items, string actor, List<WebhookDelivery> deliveries, bool secondary)
    {
        var now = site.Time.GetUtcNow();
        issue.Updated = now > issue.Updated ? now : issue.Updated.AddMilliseconds(1);
        var history = new ChangeHistory(State.NextChangeId++, actor, issue.Updated, items);
        issue.History.Add(history);
        State.Invalidate(issue);
        var typeName = items.Any(i => i.FieldId == "status") ? "issue_generic"
            : items.All(i => i.FieldId == "assignee") ? "issue_assigned"
            : "issue_updated";
        site.Publisher.Collect(new IssueEvent(WebhookEvents.IssueUpdated, typeName, issue, history, actor, secondary), deliveries);
        return history;
    }

    private void Remove(SimIssue issue, string actor, List<WebhookDelivery> deliveries, bool secondary)
    {
        site.Publisher.Collect(new IssueEvent(WebhookEvents.IssueDeleted, null, issue, null, actor, secondary), deliveries);
        foreach (var link in issue.Links.ToList())
        {
            RemoveLink(link, actor, deliveries, secondary: true, skipIssueId: issue.Id);
        }

        foreach (var childId in issue.ChildIds.ToList())
        {
            if (State.IssuesById.TryGetValue(childId, out var child) && !child.Type.Subtask)
            {
                // Jira clears the parent of an epic's children; their "updated" moves so reconciliation sees it.
                State.Invalidate(child);
                child.ParentId = null;
                RecordUpdate(child, [new("IssueParentAssociation", "jira", "parent", issue.Id.ToString(), issue.Key, null, null)], actor, deliveries, secondary: true);
            }
        }

        State.RemoveIssue(issue);
    }
}
