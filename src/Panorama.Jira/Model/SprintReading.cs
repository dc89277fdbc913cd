using System.Globalization;
using System.Text.Json;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Model;

/// <summary>Reads one value of the Sprint field in either of the shapes Jira has used.</summary>
internal static class SprintReading
{
    public static JiraSprint? Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object when value.Int64("id") is { } id => new JiraSprint(id, value.String("name"),
            value.String("state"), value.Int64("boardId"), value.Property("startDate").AsDateTime(),
            value.Property("endDate").AsDateTime(), value.Property("completeDate").AsDateTime()),
        JsonValueKind.String => ReadLegacy(value.GetString()!),
        _ => null,
    };

    // "com.atlassian.greenhopper.service.sprint.Sprint@38c6bd04[id=1,rapidViewId=2,state=ACTIVE,name=SCRUM1 Sprint 1,
    // goal=,startDate=2019-05-23T14:02:10.170Z,endDate=...,completeDate=<null>,sequence=1]". Names may contain commas,
    // so a part only starts a new key when it looks like "key=".
    private static JiraSprint? ReadLegacy(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0 || !text.EndsWith(']'))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? currentKey = null;
        foreach (var part in text[(open + 1)..^1].Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].All(char.IsAsciiLetter))
            {
                currentKey = part[..equals];
                values[currentKey] = part[(equals + 1)..];
            }
            else if (currentKey is not null)
            {
                values[currentKey] += "," + part;
            }
        }

        if (!values.TryGetValue("id", out var idText)
            || !long.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return new JiraSprint(id, Get("name"), Get("state"),
            long.TryParse(Get("rapidViewId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var board) ? board : null,
            Date("startDate"), Date("endDate"), Date("completeDate"));

        string? Get(string key) => values.TryGetValue(key, out var v) && v != "<null>" ? v : null;

        DateTimeOffset? Date(string key) => JiraDates.TryParseDateTime(Get(key), out var date) ? date : null;
    }
}
