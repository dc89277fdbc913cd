using System.Text;
using System.Text.Json;

namespace Panorama.Jira.Model;

/// <summary>
/// A rich-text value: REST v3 sends Atlassian Document Format, REST v2 and webhooks send a wiki-markup string
/// (shared/docs/jira-cloud-api.md 5.4). Both are kept as they came and both read as plain text.
/// </summary>
public sealed class JiraRichText
{
    private JiraRichText(JsonElement raw, bool isAdf)
    {
        Raw = raw;
        IsAdf = isAdf;
    }

    /// <summary>The value exactly as Jira sent it.</summary>
    public JsonElement Raw { get; }

    /// <summary>True for an ADF document (<c>{"type":"doc",...}</c>), false for a string.</summary>
    public bool IsAdf { get; }

    public static JiraRichText? From(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => new JiraRichText(text, isAdf: false),
        { ValueKind: JsonValueKind.Object } doc when doc.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String && type.ValueEquals("doc") => new JiraRichText(doc, isAdf: true),
        _ => null,
    };

    /// <summary>The text without markup: ADF text nodes joined, one line per block.</summary>
    public string ToPlainText()
    {
        if (!IsAdf)
        {
            return Raw.GetString() ?? string.Empty;
        }

        var text = new StringBuilder();
        AppendNode(Raw, text);
        return text.ToString().TrimEnd('\n');
    }

    public override string ToString() => ToPlainText();

    private static void AppendNode(JsonElement node, StringBuilder text)
    {
        var type = node.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        switch (type)
        {
            case "text":
                text.Append(node.TryGetProperty("text", out var value) ? value.GetString() : null);
                return;
            case "hardBreak":
                text.Append('\n');
                return;
            case "mention" or "emoji" or "inlineCard" or "date" or "status":
                AppendAttribute(node, text);
                return;
        }

        if (node.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in content.EnumerateArray())
            {
                AppendNode(child, text);
            }
        }

        if (type is "paragraph" or "heading" or "codeBlock" or "listItem" or "tableRow" or "rule")
        {
            text.Append('\n');
        }
    }

    private static void AppendAttribute(JsonElement node, StringBuilder text)
    {
        if (!node.TryGetProperty("attrs", out var attrs) || attrs.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var name in (ReadOnlySpan<string>)["text", "shortName", "url", "timestamp"])
        {
            if (attrs.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                text.Append(value.GetString());
                return;
            }
        }
    }
}
