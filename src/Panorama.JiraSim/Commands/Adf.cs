using System.Text;
using System.Text.Json;

namespace Panorama.JiraSim.Commands;

/// <summary>Reads an Atlassian Document Format value as the simulator stores descriptions: the text of each top-level block.</summary>
internal static class Adf
{
    public static List<string> Paragraphs(JsonElement doc)
    {
        var paragraphs = new List<string>();
        if (!doc.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array)
        {
            return paragraphs;
        }

        foreach (var block in content.EnumerateArray())
        {
            var text = new StringBuilder();
            Collect(block, text);
            if (text.Length > 0)
            {
                paragraphs.Add(text.ToString());
            }
        }

        return paragraphs;
    }

    private static void Collect(JsonElement node, StringBuilder text)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
        {
            text.Append(value.GetString());
        }

        if (node.TryGetProperty("content", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, text);
            }
        }
    }
}
