using Panorama.Web.Boxes.Structure;

namespace Panorama.Web.Components.Boxes;

/// <summary>A builder as the form edits it; <see cref="Fields"/> holds the groupBy fields comma-separated.</summary>
public sealed class StructureBuilderDraft
{
    public static readonly (string Kind, string Name)[] Kinds =
    [
        ("project", "Project"), ("jiraHierarchy", "Jira hierarchy (parent)"), ("linkHierarchy", "Link hierarchy"),
        ("groupBy", "Group by field(s)"), ("boxes", "Box structure (sub-boxes)"),
    ];

    public string Kind { get; set; } = "project";

    public string? Connection { get; set; }

    public string? LinkType { get; set; }

    public string ParentSide { get; set; } = "from";

    public string? Fields { get; set; }

    public static StructureBuilderDraft From(StructureBuilderResponse b) => new()
    {
        Kind = b.Kind,
        Connection = b.Site,
        LinkType = b.LinkType,
        ParentSide = b.ParentSide ?? "from",
        Fields = b.Fields is null ? null : string.Join(", ", b.Fields),
    };

    public StructureBuilderDto ToDto() => new(
        Kind,
        string.IsNullOrWhiteSpace(Connection) ? null : Connection,
        Kind == "linkHierarchy" ? LinkType?.Trim() : null,
        Kind == "linkHierarchy" ? ParentSide : null,
        Kind == "groupBy" ? (Fields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null);

    public string Describe()
    {
        var name = Kind switch
        {
            "linkHierarchy" => $"Link hierarchy (link type {LinkType}, parent on the '{ParentSide}' side)",
            "groupBy" => $"Group by {Fields}",
            _ => Kinds.FirstOrDefault(k => k.Kind == Kind).Name ?? Kind,
        };
        return string.IsNullOrEmpty(Connection) ? name : $"{name}, on {Connection} only";
    }
}
