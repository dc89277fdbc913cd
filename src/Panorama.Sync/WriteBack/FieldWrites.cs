using System.Globalization;
using System.Text.Json.Nodes;
using Panorama.Core.Connections;
using Panorama.Core.Fields;
using Panorama.Core.Scheduling.ChangeSets;
using Panorama.Core.WriteBack;
using Panorama.Sync.Connections;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// Where each edited built-in field goes on a site, through the connection's field mapping: a two-way field is
/// written to its Jira field; a Not synchronized field changes Panorama only; a read-only, unmapped or computed field
/// is refused with a message that says what to do.
/// </summary>
internal static class FieldWrites
{
    /// <summary>One checked edit: its typed value and the Jira field it is written to (null: Panorama only).</summary>
    public sealed record Checked(BuiltInField Field, string? Text, object? Value, string? JiraFieldId);

    public static (IReadOnlyList<Checked> Edits, string? Refusal) Check(SyncConnection connection, IReadOnlyList<FieldEdit> edits)
    {
        var result = new List<Checked>(edits.Count);
        foreach (var edit in edits)
        {
            var (value, error) = Parse(edit);
            if (error is not null)
            {
                return ([], error);
            }

            if (edit.Field == BuiltInField.Summary)
            {
                result.Add(new Checked(edit.Field, edit.Value, value, "summary"));
                continue;
            }

            if (!BuiltInFields.Mappable.Contains(edit.Field))
            {
                return ([], $"{Name(edit.Field)} cannot be edited in Panorama: it comes from Jira ({ReadOnlyReason(edit.Field)}). Change it in Jira.");
            }

            switch (connection.FieldMapping.For(edit.Field))
            {
                case null:
                    return ([], $"{Name(edit.Field)} is not mapped on {connection.Name}, so Panorama does not know which Jira field to write. " +
                        "Map it in App Configuration > Field mapping first.");
                case { Mode: FieldMappingMode.ReadOnly } entry:
                    return ([], $"{Name(edit.Field)} is read-only on {connection.Name} (mapped one-way from {entry.JiraFieldId}). " +
                        "Change it in Jira, or make the mapping two-way in App Configuration.");
                case { Mode: FieldMappingMode.NotSynchronized }:
                    result.Add(new Checked(edit.Field, edit.Value, value, null));
                    break;
                case { JiraFieldId: { } fieldId }:
                    result.Add(new Checked(edit.Field, edit.Value, value, fieldId));
                    break;
                default:
                    return ([], $"{Name(edit.Field)} has no Jira field in the mapping of {connection.Name}. Fix the field mapping first.");
            }
        }

        return (result, null);
    }

    /// <summary>Rule 17: a date outside 1990-01-01 .. 2100-12-31 needs an explicit confirmation.</summary>
    public static IEnumerable<string> DatesOutOfRange(IEnumerable<Checked> edits) => edits
        .Where(e => e.Value is DateOnly d && (d < ChangeSetRules.EarliestDate || d > ChangeSetRules.LatestDate))
        .Select(e => $"{Name(e.Field)} {e.Text}");

    /// <summary>The <c>fields</c> of a PUT or POST: dates as <c>YYYY-MM-DD</c>, Jira's estimates through time tracking.</summary>
    public static JsonObject ToJira(IEnumerable<Checked> edits)
    {
        var fields = new JsonObject();
        JsonObject? timeTracking = null;
        foreach (var edit in edits.Where(e => e.JiraFieldId is not null))
        {
            switch (edit.JiraFieldId)
            {
                // Jira computes timeoriginalestimate and timeestimate; they are set through timetracking, in minutes.
                case JiraFieldSchemas.OriginalEstimate:
                    (timeTracking ??= [])["originalEstimate"] = Duration(edit.Value);
                    break;
                case JiraFieldSchemas.RemainingEstimate:
                    (timeTracking ??= [])["remainingEstimate"] = Duration(edit.Value);
                    break;
                default:
                    fields[edit.JiraFieldId!] = edit.Value switch
                    {
                        null => null,
                        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        long seconds => seconds,
                        double number => number,
                        string text => text,
                        _ => JsonValue.Create(edit.Text),
                    };
                    break;
            }
        }

        if (timeTracking is not null)
        {
            fields["timetracking"] = timeTracking;
        }

        return fields;
    }

    /// <summary>The Jira field names a write touches, for error messages that say which field to put on a screen.</summary>
    public static IReadOnlyDictionary<string, string> FieldNames(IEnumerable<Checked> edits) => edits
        .Where(e => e.JiraFieldId is not null)
        .Select(e => (Id: e.JiraFieldId is JiraFieldSchemas.OriginalEstimate or JiraFieldSchemas.RemainingEstimate ? "timetracking" : e.JiraFieldId!, Name: Name(e.Field)))
        .DistinctBy(e => e.Id)
        .ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);

    public static string Name(BuiltInField field) => field switch
    {
        BuiltInField.StartDate => "Start date",
        BuiltInField.EndDate => "End date",
        BuiltInField.BaselineStart => "Baseline start",
        BuiltInField.BaselineEnd => "Baseline end",
        BuiltInField.OriginalEstimate => "Original estimate",
        BuiltInField.RemainingEstimate => "Remaining estimate",
        BuiltInField.StoryPoints => "Story points",
        BuiltInField.TimeSpent => "Time spent",
        BuiltInField.StatusCategory => "Status category",
        BuiltInField.IssueType => "Issue type",
        _ => field.ToString(),
    };

    private static (object? Value, string? Error) Parse(FieldEdit edit)
    {
        if (edit.Value is null)
        {
            return edit.Field == BuiltInField.Summary ? (null, "Summary cannot be empty. Give the task a summary.") : (null, null);
        }

        var text = edit.Value.Trim();
        return edit.Field.Kind() switch
        {
            BuiltInFieldKind.Date => ValueFormat.TryParseDate(text, out var date) && text.Length == 10
                ? (date, null)
                : (null, $"{Name(edit.Field)} '{edit.Value}' is not a date: write it as YYYY-MM-DD."),
            BuiltInFieldKind.Seconds => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? (seconds, null)
                : (null, $"{Name(edit.Field)} '{edit.Value}' is not a whole number of seconds (0 or more)."),
            BuiltInFieldKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                && (edit.Field != BuiltInField.Progress || number is >= 0 and <= 100)
                ? (number, null)
                : (null, $"{Name(edit.Field)} '{edit.Value}' is not a number{(edit.Field == BuiltInField.Progress ? " between 0 and 100" : "")}."),
            _ when edit.Field == BuiltInField.Summary => text.Length is > 0 and <= 255
                ? (text, null)
                : (null, "Summary must have 1 to 255 characters."),
            _ => (text, null),
        };
    }

    private static string? Duration(object? value) => value is long seconds
        ? $"{Math.Max(0, (long)Math.Round(seconds / 60.0)).ToString(CultureInfo.InvariantCulture)}m"
        : null;

    private static string ReadOnlyReason(BuiltInField field) => field switch
    {
        BuiltInField.TimeSpent => "it is the sum of the work logged",
        BuiltInField.StatusCategory => "a status changes through the issue's workflow",
        BuiltInField.Key or BuiltInField.Site => "it names the issue",
        _ => "Panorama reads it as Jira holds it",
    };
}
