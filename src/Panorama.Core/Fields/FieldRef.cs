using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Fields;

/// <summary>
/// A field a view, builder, board or report can show: a built-in field (value on every site) or a native field of
/// one connection (<c>connection + fieldId</c>, value only for that site's tasks). Text forms: <c>startDate</c>;
/// <c>beta:customfield_10016</c> for display and parsing by site name; <c>&lt;connection id&gt;:customfield_10016</c>
/// for storage, which survives renaming a site.
/// </summary>
public sealed record FieldRef
{
    private FieldRef(BuiltInField? builtIn, Guid connectionId, string? fieldId)
    {
        BuiltIn = builtIn;
        ConnectionId = connectionId;
        FieldId = fieldId;
    }

    /// <summary>The built-in field; null for a native field.</summary>
    public BuiltInField? BuiltIn { get; }

    /// <summary>The connection of a native field; <see cref="Guid.Empty"/> for a built-in field.</summary>
    public Guid ConnectionId { get; }

    /// <summary>The Jira field id of a native field (<c>customfield_10016</c>, <c>components</c>).</summary>
    public string? FieldId { get; }

    public bool IsNative => FieldId is not null;

    public static FieldRef Of(BuiltInField field) => new(field, Guid.Empty, null);

    public static FieldRef Native(Guid connectionId, string fieldId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldId);
        return new FieldRef(null, connectionId, fieldId);
    }

    public static implicit operator FieldRef(BuiltInField field) => Of(field);

    /// <summary>The form to store: built-in JSON name, or connection id and field id.</summary>
    public string ToStorageString() => BuiltIn is { } b ? b.JsonName() : $"{ConnectionId:N}:{FieldId}";

    /// <summary>The form to show and to accept from the API: built-in JSON name, or site name and field id.</summary>
    public string ToDisplayString(SiteDirectory sites) =>
        BuiltIn is { } b ? b.JsonName() : $"{sites.NameOf(ConnectionId)}:{FieldId}";

    public override string ToString() => ToStorageString();

    /// <summary>
    /// Parses <c>startDate</c>, <c>beta:customfield_10016</c> or <c>&lt;connection id&gt;:customfield_10016</c>; the
    /// site must be connected.
    /// </summary>
    public static Outcome<FieldRef> Parse(string text, SiteDirectory sites)
    {
        var trimmed = text.Trim();
        var colon = trimmed.LastIndexOf(':');
        if (colon < 0)
        {
            return BuiltInFields.TryParse(trimmed, out var builtIn)
                ? Of(builtIn)
                : Outcome.Refused<FieldRef>(
                    $"'{trimmed}' is not a built-in field. Use one of {string.Join(", ", Enum.GetValues<BuiltInField>().Select(f => f.JsonName()))}, " +
                    "or a native field as '<site>:<field id>', e.g. 'beta:customfield_10016'.");
        }

        var siteText = trimmed[..colon];
        var fieldId = trimmed[(colon + 1)..];
        if (fieldId.Length == 0)
        {
            return Outcome.Refused<FieldRef>($"'{trimmed}' names no field id. Write a native field as '<site>:<field id>'.");
        }

        var site = Guid.TryParse(siteText, out var id) ? sites.Find(id) : sites.FindByName(siteText);
        return site is null
            ? Outcome.Refused<FieldRef>($"'{siteText}' is not a connected site. Use the name of a connection from App Configuration.")
            : Native(site.ConnectionId, fieldId);
    }
}
