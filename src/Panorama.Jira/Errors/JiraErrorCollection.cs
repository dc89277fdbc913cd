using System.Text.Json;

namespace Panorama.Jira.Errors;

/// <summary>Jira's error body: <c>{"errorMessages":[...],"errors":{"field":"message"}}</c> (shared/docs 3.3).</summary>
internal sealed record JiraErrorCollection(IReadOnlyList<string> ErrorMessages, IReadOnlyDictionary<string, string> Errors)
{
    public static JiraErrorCollection Empty { get; } = new([], new Dictionary<string, string>());

    /// <summary>Reads what it can; a body that is not Jira's shape gives an empty collection.</summary>
    public static JiraErrorCollection Read(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            var messages = new List<string>();
            if (root.TryGetProperty("errorMessages", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                messages.AddRange(list.EnumerateArray()
                    .Where(m => m.ValueKind == JsonValueKind.String)
                    .Select(m => m.GetString()!));
            }

            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("errors", out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var error in map.EnumerateObject())
                {
                    errors[error.Name] = error.Value.ValueKind == JsonValueKind.String
                        ? error.Value.GetString()!
                        : error.Value.GetRawText();
                }
            }

            return new JiraErrorCollection(messages, errors);
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    /// <summary>Jira's words, for the end of an exception message; cut short so a large body cannot flood a log.</summary>
    public string Describe()
    {
        var parts = ErrorMessages.Concat(Errors.Select(e => $"{e.Key}: {e.Value}")).ToList();
        if (parts.Count == 0)
        {
            return string.Empty;
        }

        var text = string.Join("; ", parts);
        return text.Length > 500 ? text[..500] + "…" : text;
    }
}
