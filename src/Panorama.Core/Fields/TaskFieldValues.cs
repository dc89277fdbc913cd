using System.Text.Json;
using Panorama.Core.Tasks;

namespace Panorama.Core.Fields;

/// <summary>
/// Reads a field of a task. A native field of another site has no value for the task (rule 7: native columns are
/// empty for other sites' tasks).
/// </summary>
public static class TaskFieldValues
{
    /// <summary>
    /// The value as a JSON-friendly primitive: string, long (seconds), double, bool, string[] (multi-valued native
    /// fields) or null. Dates are <c>YYYY-MM-DD</c> strings.
    /// </summary>
    public static object? Cell(PlanTask task, FieldRef field, SiteDirectory sites)
    {
        if (field.BuiltIn is { } builtIn)
        {
            return BuiltIn(task, builtIn, sites);
        }

        return TryGetNativeRaw(task, field, out var raw) ? NativeCell(raw) : null;
    }

    public static object? BuiltIn(PlanTask task, BuiltInField field, SiteDirectory sites) => field switch
    {
        BuiltInField.StartDate => ValueFormat.Date(task.StartDate),
        BuiltInField.EndDate => ValueFormat.Date(task.EndDate),
        BuiltInField.BaselineStart => ValueFormat.Date(task.BaselineStart),
        BuiltInField.BaselineEnd => ValueFormat.Date(task.BaselineEnd),
        BuiltInField.Progress => task.Progress,
        BuiltInField.OriginalEstimate => task.OriginalEstimate,
        BuiltInField.RemainingEstimate => task.RemainingEstimate,
        BuiltInField.TimeSpent => task.TimeSpent,
        BuiltInField.StoryPoints => task.StoryPoints,
        BuiltInField.StatusCategory => task.StatusCategory.DisplayName(),
        BuiltInField.Assignee => task.Assignee?.DisplayName,
        BuiltInField.Summary => task.Summary,
        BuiltInField.Key => task.IssueKey,
        BuiltInField.Site => sites.NameOf(task.ConnectionId),
        BuiltInField.IssueType => task.IssueType.Name,
        _ => null,
    };

    /// <summary>A number for sum, min, max and avg: estimates, progress, story points, or a numeric native value.</summary>
    public static double? Number(PlanTask task, FieldRef field)
    {
        if (field.BuiltIn is { } builtIn)
        {
            return builtIn switch
            {
                BuiltInField.Progress => task.Progress,
                BuiltInField.OriginalEstimate => task.OriginalEstimate,
                BuiltInField.RemainingEstimate => task.RemainingEstimate,
                BuiltInField.TimeSpent => task.TimeSpent,
                BuiltInField.StoryPoints => task.StoryPoints,
                _ => null,
            };
        }

        if (!TryGetNativeRaw(task, field, out var raw))
        {
            return null;
        }

        var reader = Reader(raw);
        return reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : null;
    }

    /// <summary>A date for min and max: a built-in date, or a native value that reads as a date.</summary>
    public static DateOnly? Date(PlanTask task, FieldRef field)
    {
        if (field.BuiltIn is { } builtIn)
        {
            return builtIn switch
            {
                BuiltInField.StartDate => task.StartDate,
                BuiltInField.EndDate => task.EndDate,
                BuiltInField.BaselineStart => task.BaselineStart,
                BuiltInField.BaselineEnd => task.BaselineEnd,
                _ => null,
            };
        }

        if (!TryGetNativeRaw(task, field, out var raw))
        {
            return null;
        }

        var reader = Reader(raw);
        return reader.TokenType == JsonTokenType.String && ValueFormat.TryParseDate(reader.GetString(), out var date) ? date : null;
    }

    /// <summary>Whether the task has a value for the field (what <c>count</c> counts).</summary>
    public static bool HasValue(PlanTask task, FieldRef field, SiteDirectory sites) => Cell(task, field, sites) switch
    {
        null => false,
        string text => text.Length > 0,
        string[] texts => texts.Length > 0,
        _ => true,
    };

    /// <summary>The native value when the field belongs to the task's site and Jira sent a non-null value.</summary>
    public static bool TryGetNative(PlanTask task, FieldRef field, out JsonElement value)
    {
        value = default;
        return field.FieldId is { } fieldId && field.ConnectionId == task.ConnectionId &&
               task.NativeFields.TryGet(fieldId, out value) && value.ValueKind != JsonValueKind.Null;
    }

    /// <summary>As <see cref="TryGetNative"/>, but the raw JSON of the value, sliced without parsing.</summary>
    public static bool TryGetNativeRaw(PlanTask task, FieldRef field, out ReadOnlyMemory<byte> value)
    {
        value = default;
        return field.FieldId is { } fieldId && field.ConnectionId == task.ConnectionId &&
               task.NativeFields.TryGetRaw(fieldId, out value) && !value.Span.SequenceEqual("null"u8);
    }

    private static Utf8JsonReader Reader(ReadOnlyMemory<byte> raw)
    {
        var reader = new Utf8JsonReader(raw.Span);
        reader.Read();
        return reader;
    }

    // Scalars are read straight from the bytes; only objects and arrays (a few fields) build a document.
    private static object? NativeCell(ReadOnlyMemory<byte> raw)
    {
        var reader = Reader(raw);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var whole) ? (object)whole : reader.GetDouble();
            case JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean();
            case JsonTokenType.StartArray or JsonTokenType.StartObject:
                var value = JsonElement.ParseValue(ref reader);
                return value.ValueKind == JsonValueKind.Array
                    ? JiraValueText.Texts(value) is { Count: > 0 } texts ? texts.ToArray() : null
                    : JiraValueText.Text(value);
            default:
                return null;
        }
    }
}
