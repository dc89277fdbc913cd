using System.Globalization;
using System.Text.Json;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Commands;

internal sealed partial class FieldEditor
{
    private static Change Labels(SimIssue issue, string operation, JsonElement value)
    {
        var labels = operation == "set"
            ? (value.ValueKind == JsonValueKind.Null ? [] : value.EnumerateArray().Select(LabelText).ToList())
            : [LabelText(value)];
        return () =>
        {
            var old = issue.Labels;
            var updated = operation switch
            {
                "add" => old.Union(labels, StringComparer.Ordinal).ToList(),
                "remove" => old.Except(labels, StringComparer.Ordinal).ToList(),
                _ => labels.Distinct(StringComparer.Ordinal).ToList(),
            };
            issue.Labels = updated;
            return old.SequenceEqual(updated, StringComparer.Ordinal) ? []
                : [new("labels", "jira", "labels", null, string.Join(' ', old), null, string.Join(' ', updated))];
        };
    }

    private static string LabelText(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        return text.Length == 0 || text.Contains(' ', StringComparison.Ordinal)
            ? throw new FieldException("The label '" + text + "' contains spaces which is invalid.")
            : text;
    }

    /// <summary>Components and fix versions: set a list, or add/remove one, each by id or name.</summary>
    private static Change Items(SimIssue issue, string operation, JsonElement value, string changeName, FieldDef field,
        List<(long Id, string Name)> known, Func<IReadOnlyList<long>> get, Action<IReadOnlyList<long>> set)
    {
        long Resolve(JsonElement item)
        {
            var reference = Reference(item, field.Id);
            return known.FirstOrDefault(k => k.Id.ToString() == reference || string.Equals(k.Name, reference, StringComparison.OrdinalIgnoreCase)).Id is var id and not 0
                ? id
                : throw new FieldException($"{changeName} name '{reference}' is not valid");
        }

        var ids = operation == "set"
            ? (value.ValueKind == JsonValueKind.Null ? [] : value.EnumerateArray().Select(Resolve).ToList())
            : [Resolve(value)];
        return () =>
        {
            var old = get();
            var updated = operation switch
            {
                "add" => old.Union(ids).ToList(),
                "remove" => old.Except(ids).ToList(),
                _ => ids.Distinct().ToList(),
            };
            set(updated);
            string NameOf(long id) => known.First(k => k.Id == id).Name;
            return old.Except(updated).Select(id => new ChangeItem(changeName, "jira", field.Id, id.ToString(), NameOf(id), null, null))
                .Concat(updated.Except(old).Select(id => new ChangeItem(changeName, "jira", field.Id, null, null, id.ToString(), NameOf(id))))
                .ToList();
        };
    }

    /// <summary>
    /// <c>timetracking</c> takes <c>originalEstimate</c> and/or <c>remainingEstimate</c> as durations ("2d 4h"). As in
    /// Jira's legacy mode, setting only the original estimate of an issue without a remaining one sets both.
    /// </summary>
    private static Change TimeTracking(SimIssue issue, JsonElement value)
    {
        long? original = issue.OriginalEstimate;
        long? remaining = issue.RemainingEstimate;
        if (value.ValueKind == JsonValueKind.Null)
        {
            original = null;
            remaining = null;
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            var originalGiven = value.TryGetProperty("originalEstimate", out var o);
            var remainingGiven = value.TryGetProperty("remainingEstimate", out var r);
            if (originalGiven)
            {
                original = Duration(o);
            }

            if (remainingGiven)
            {
                remaining = Duration(r);
            }
            else if (originalGiven && issue.RemainingEstimate is null)
            {
                remaining = original;
            }
        }
        else
        {
            throw new FieldException("Time tracking must be an object with originalEstimate and/or remainingEstimate.");
        }

        return () =>
        {
            var items = new List<ChangeItem>();
            if (issue.OriginalEstimate != original)
            {
                items.Add(new("timeoriginalestimate", "jira", "timeoriginalestimate", Seconds(issue.OriginalEstimate), Seconds(issue.OriginalEstimate), Seconds(original), Seconds(original)));
                issue.OriginalEstimate = original;
            }

            if (issue.RemainingEstimate != remaining)
            {
                items.Add(new("timeestimate", "jira", "timeestimate", Seconds(issue.RemainingEstimate), Seconds(issue.RemainingEstimate), Seconds(remaining), Seconds(remaining)));
                issue.RemainingEstimate = remaining;
            }

            return items;
        };
    }

    private static long? Duration(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String when value.GetString() is { Length: 0 } => null,
        JsonValueKind.String when JiraFormats.TryParseDuration(value.GetString(), out var seconds) => seconds,
        JsonValueKind.Number => value.GetInt64() * JiraFormats.SecondsPerMinute,
        _ => throw new FieldException("Invalid time duration entered."),
    };

    private static string? Seconds(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static Change Sprint(SimIssue issue, FieldDef field, JsonElement value)
    {
        SimSprint? sprint = null;
        if (value.ValueKind != JsonValueKind.Null)
        {
            var id = value.ValueKind == JsonValueKind.Number ? value.GetInt64()
                : long.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : "", out var parsed) ? parsed : -1;
            sprint = issue.Project.Sprints.FirstOrDefault(s => s.Id == id) ?? throw new FieldException($"Sprint with id {value.GetRawText()} does not exist");
        }

        return () =>
        {
            var old = issue.Project.Sprints.Where(s => issue.SprintIds.Contains(s.Id)).ToList();
            issue.SprintIds = sprint is null ? [] : [sprint.Id];
            var oldIds = string.Join(", ", old.Select(s => s.Id));
            return old.Count == (sprint is null ? 0 : 1) && (sprint is null || old[0] == sprint) ? []
                : [new(field.Name, "custom", field.Id, Null(oldIds), Null(string.Join(", ", old.Select(s => s.Name))), sprint?.Id.ToString(), sprint?.Name)];
        };
    }

    private static string? Null(string text) => text.Length == 0 ? null : text;

    /// <summary>Reads <c>{"id": ...}</c>, <c>{"key": ...}</c>, <c>{"name": ...}</c>, <c>{"accountId": ...}</c> or a bare string.</summary>
    private static string Reference(JsonElement value, string field, string? preferred = null)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string?>)[preferred, "id", "key", "name", "value", "accountId"])
            {
                if (name is not null && value.TryGetProperty(name, out var found) && found.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    return found.ValueKind == JsonValueKind.String ? found.GetString()! : found.GetRawText();
                }
            }
        }

        throw new FieldException($"Could not find valid 'id' or 'name' in {field} object.");
    }
}
