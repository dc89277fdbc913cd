using System.Text.Json;

namespace Panorama.Core.Fields;

/// <summary>
/// How a raw Jira field value reads as text. Jira returns options, users, versions, components and sprints as
/// objects; the name a user sees is the first of <c>displayName</c>, <c>name</c>, <c>value</c>, <c>key</c>, <c>id</c>.
/// Arrays (components, fix versions, labels, sprints) give one text per element.
/// </summary>
public static class JiraValueText
{
    private static readonly string[] NameProperties = ["displayName", "name", "value", "key", "id"];

    /// <summary>The texts of a value: none for null or an empty array, several for an array.</summary>
    public static IReadOnlyList<string> Texts(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var texts = new List<string>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                if (Text(item) is { } text)
                {
                    texts.Add(text);
                }
            }

            return texts;
        }

        return Text(value) is { } single ? [single] : [];
    }

    /// <summary>The text of a single (non-array) value; null for null.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => ObjectName(value),
        JsonValueKind.Array => string.Join(", ", Texts(value)),
        _ => null,
    };

    private static string? ObjectName(JsonElement value)
    {
        foreach (var name in NameProperties)
        {
            if (value.TryGetProperty(name, out var property) && property.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                return property.ValueKind == JsonValueKind.String ? property.GetString() : property.GetRawText();
            }
        }

        return null;
    }
}
