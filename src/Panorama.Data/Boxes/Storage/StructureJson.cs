using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Storage;

/// <summary>
/// A box's structure builders as stored: a JSON array of <see cref="StoredBuilder"/>, fields in their storage form
/// (<c>startDate</c>, <c>&lt;connection id&gt;:customfield_10016</c>) so renaming a site changes nothing.
/// </summary>
public static class StructureJson
{
    public static string Write(IEnumerable<StructureBuilder> builders) =>
        JsonSerializer.Serialize(builders.Select(ToStored).ToArray(), BoxJsonContext.Default.StoredBuilderArray);

    /// <summary>The builders as stored, unchecked; entries of an unknown kind are skipped.</summary>
    public static IReadOnlyList<StructureBuilder> Read(string json) =>
        (JsonSerializer.Deserialize(json, BoxJsonContext.Default.StoredBuilderArray) ?? []).Select(FromStored).OfType<StructureBuilder>().ToList();

    /// <summary>
    /// The box's checked structure: the stored builders (or the default when none are stored) without those that name
    /// a connection which no longer exists; the default if what is left is refused.
    /// </summary>
    public static StructureDefinition Load(string? json, SiteDirectory sites, IEnumerable<DependencyLinkRule> rules)
    {
        if (json is null)
        {
            return StructureDefinition.Default;
        }

        var kept = Read(json).Where(b => (b.ConnectionId is not { } c || sites.Find(c) is not null) &&
                                         (b is not GroupByFieldBuilder g || g.Fields.All(f => !f.IsNative || sites.Find(f.ConnectionId) is not null)));
        var definition = StructureDefinition.Create(kept, sites, rules);
        return definition.IsOk ? definition.Value : StructureDefinition.Default;
    }

    public static StoredBuilder ToStored(StructureBuilder builder) => builder switch
    {
        ProjectBuilder p => new(StructureBuilderKinds.Project, p.ConnectionId),
        JiraHierarchyBuilder j => new(StructureBuilderKinds.JiraHierarchy, j.ConnectionId),
        LinkHierarchyBuilder l => new(StructureBuilderKinds.LinkHierarchy, l.Connection, l.LinkTypeId,
            l.ParentSide == LinkParentSide.From ? "from" : "to"),
        GroupByFieldBuilder g => new(StructureBuilderKinds.GroupBy, g.ConnectionId, Fields: [.. g.Fields.Select(f => f.ToStorageString())]),
        BoxStructureBuilder b => new(StructureBuilderKinds.Boxes, b.ConnectionId),
        _ => throw new ArgumentException($"Unknown structure builder {builder.GetType().Name}.", nameof(builder)),
    };

    private static StructureBuilder? FromStored(StoredBuilder stored) => stored.Kind switch
    {
        StructureBuilderKinds.Project => new ProjectBuilder(stored.Connection),
        StructureBuilderKinds.JiraHierarchy => new JiraHierarchyBuilder(stored.Connection),
        StructureBuilderKinds.LinkHierarchy when stored is { Connection: { } c, LinkType: { } type } =>
            new LinkHierarchyBuilder(c, type, stored.ParentSide == "to" ? LinkParentSide.To : LinkParentSide.From),
        StructureBuilderKinds.GroupBy => new GroupByFieldBuilder(
            [.. (stored.Fields ?? []).Select(StoredFieldRef.Parse).OfType<FieldRef>()], stored.Connection),
        StructureBuilderKinds.Boxes => new BoxStructureBuilder(stored.Connection),
        _ => null,
    };
}

/// <summary>One stored builder: its kind and, by kind, its connection, link type and side, or fields.</summary>
public sealed record StoredBuilder(
    string Kind,
    Guid? Connection = null,
    string? LinkType = null,
    string? ParentSide = null,
    IReadOnlyList<string>? Fields = null);

/// <summary>The names of the builder kinds, in storage and in the API.</summary>
public static class StructureBuilderKinds
{
    public const string Project = "project";
    public const string JiraHierarchy = "jiraHierarchy";
    public const string LinkHierarchy = "linkHierarchy";
    public const string GroupBy = "groupBy";
    public const string Boxes = "boxes";

    public static IReadOnlyList<string> All { get; } = [Project, JiraHierarchy, LinkHierarchy, GroupBy, Boxes];
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredBuilder[]))]
[JsonSerializable(typeof(StoredColumn[]))]
internal sealed partial class BoxJsonContext : JsonSerializerContext;
