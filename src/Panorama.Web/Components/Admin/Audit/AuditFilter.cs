using System.Reflection;
using System.Text.Json.Nodes;
using Panorama.Data.Audit;

namespace Panorama.Web.Components.Admin.Audit;

/// <summary>The audit page's filter (times in UTC) and how it writes entries.</summary>
public sealed class AuditFilter
{
    public const int PageSize = 50;

    /// <summary>Every action name the product records, offered as suggestions.</summary>
    public static readonly IReadOnlyList<string> KnownActions =
    [
        .. typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];

    public string? Action { get; set; }

    public string? Actor { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>Why the filter cannot be applied, or null.</summary>
    public string? Problem => From > To ? "'From' is after 'To': swap them or clear one." : null;

    public void Clear() => (Action, Actor, From, To) = (null, null, null, null);

    public AuditQuery ToQuery(int offset) => new(
        Action: string.IsNullOrWhiteSpace(Action) ? null : Action.Trim(),
        Actor: string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim(),
        From: Utc(From),
        To: Utc(To),
        Offset: offset,
        Limit: PageSize);

    public static string Target(AuditEntry entry) =>
        string.Join(" ", new[] { entry.TargetType, entry.IssueKey ?? entry.TargetId }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>Field changes as "field: old → new", then the other facts as "key=value".</summary>
    public static string Describe(string? details)
    {
        if (AuditDetails.Deserialize(details) is not { } parsed)
        {
            return string.Empty;
        }

        var changes = parsed.Changes.Select(c => $"{c.Field}: {Text(c.Old)} → {Text(c.New)}");
        var data = parsed.Data.Select(d => $"{d.Key}={d.Value}");
        return string.Join("; ", changes.Concat(data));
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "–",
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => value.ToJsonString(),
    };

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
