using System.Text.Json;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rendering;

/// <summary>The composite values of issue fields: ADF or plain descriptions, time tracking, progress, sprints.</summary>
internal sealed partial class IssueWriter
{
    private void WriteDescription(Utf8JsonWriter w, IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            w.WriteNullValue();
            return;
        }

        if (!v3)
        {
            w.WriteStringValue(string.Join("\n\n", paragraphs));
            return;
        }

        w.WriteStartObject();
        w.WriteString("type", "doc");
        w.WriteNumber("version", 1);
        w.WriteStartArray("content");
        foreach (var paragraph in paragraphs)
        {
            w.WriteStartObject();
            w.WriteString("type", "paragraph");
            w.WriteStartArray("content");
            w.WriteStartObject();
            w.WriteString("type", "text");
            w.WriteString("text", paragraph);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTimeTracking(Utf8JsonWriter w, SimIssue issue)
    {
        w.WriteStartObject();
        if (issue.OriginalEstimate is { } original)
        {
            w.WriteString("originalEstimate", JiraFormats.Duration(original));
        }

        if (issue.RemainingEstimate is { } remaining)
        {
            w.WriteString("remainingEstimate", JiraFormats.Duration(remaining));
        }

        if (issue.TimeSpent is { } spent)
        {
            w.WriteString("timeSpent", JiraFormats.Duration(spent));
        }

        if (issue.OriginalEstimate is { } originalSeconds)
        {
            w.WriteNumber("originalEstimateSeconds", originalSeconds);
        }

        if (issue.RemainingEstimate is { } remainingSeconds)
        {
            w.WriteNumber("remainingEstimateSeconds", remainingSeconds);
        }

        if (issue.TimeSpent is { } spentSeconds)
        {
            w.WriteNumber("timeSpentSeconds", spentSeconds);
        }

        w.WriteEndObject();
    }

    private static void WriteProgress(Utf8JsonWriter w, long spent, long remaining)
    {
        w.WriteStartObject();
        w.WriteNumber("progress", spent);
        w.WriteNumber("total", spent + remaining);
        if (spent + remaining > 0)
        {
            w.WriteNumber("percent", spent * 100 / (spent + remaining));
        }

        w.WriteEndObject();
    }

    private void WriteSprints(Utf8JsonWriter w, SimIssue issue)
    {
        if (issue.SprintIds.Count == 0)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartArray();
        foreach (var sprint in issue.Project.Sprints.Where(s => issue.SprintIds.Contains(s.Id)))
        {
            EntityWriter.Sprint(w, sprint);
        }

        w.WriteEndArray();
    }

    private long? Aggregate(SimIssue issue, Func<SimIssue, long?> value)
    {
        var total = value(issue);
        foreach (var childId in issue.ChildIds)
        {
            if (state.IssuesById.TryGetValue(childId, out var child) && child.Type.Subtask && value(child) is { } v)
            {
                total = (total ?? 0) + v;
            }
        }

        return total;
    }

    private static void WriteDate(Utf8JsonWriter w, DateOnly? date)
    {
        if (date is { } value)
        {
            w.WriteStringValue(JiraFormats.Date(value));
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void WriteDateTime(Utf8JsonWriter w, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteStringValue(JiraFormats.DateTime(v));
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
