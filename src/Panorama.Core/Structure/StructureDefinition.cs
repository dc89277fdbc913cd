using Panorama.Core.Dependencies;
using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Structure;

/// <summary>A box's ordered, checked list of structure builders.</summary>
public sealed record StructureDefinition
{
    private StructureDefinition(IReadOnlyList<StructureBuilder> builders) => Builders = builders;

    /// <summary>Project, then Jira hierarchy: what a new box starts with.</summary>
    public static StructureDefinition Default { get; } = new([new ProjectBuilder(), new JiraHierarchyBuilder()]);

    public IReadOnlyList<StructureBuilder> Builders { get; }

    /// <summary>
    /// Checks the builders: each names connected sites, a link hierarchy names a link type, a group-by names one
    /// built-in field or native fields of different sites, and (rule 13) no link type drives both a link hierarchy
    /// and a synced dependency.
    /// </summary>
    public static Outcome<StructureDefinition> Create(IEnumerable<StructureBuilder> builders, SiteDirectory sites,
        IEnumerable<DependencyLinkRule>? dependencyRules = null)
    {
        var list = builders.ToList();
        var rules = dependencyRules?.ToList() ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (Check(list[i], i + 1, sites, rules) is { } problem)
            {
                return Outcome.Refused<StructureDefinition>(problem);
            }
        }

        return new StructureDefinition(list);
    }

    private static string? Check(StructureBuilder builder, int position, SiteDirectory sites, List<DependencyLinkRule> rules)
    {
        if (builder.ConnectionId is { } only && sites.Find(only) is null)
        {
            return $"Builder {position} is limited to a connection that does not exist. Choose a connected site.";
        }

        switch (builder)
        {
            case LinkHierarchyBuilder link when string.IsNullOrWhiteSpace(link.LinkTypeId):
                return $"Builder {position} (link hierarchy) needs a link type. Choose one of '{sites.NameOf(link.Connection)}''s link types.";
            case LinkHierarchyBuilder link when rules.Exists(r => r.ConnectionId == link.Connection && r.LinkTypeId == link.LinkTypeId):
                return $"Builder {position} uses link type {link.LinkTypeId} of '{sites.NameOf(link.Connection)}', which the dependency " +
                       "mapping already uses for synced dependencies. A link type can drive either a link hierarchy or dependencies: " +
                       "choose another link type, or remove it from the dependency mapping.";
            case GroupByFieldBuilder { Fields.Count: 0 }:
                return $"Builder {position} (group by field) needs a field.";
            case GroupByFieldBuilder group when group.Fields.Count > 1 && group.Fields.Any(f => !f.IsNative):
                return $"Builder {position} groups by a built-in field, which already covers every site; give it that field alone.";
            case GroupByFieldBuilder group when group.Fields.FirstOrDefault(f => f.IsNative && sites.Find(f.ConnectionId) is null) is { } f:
                return $"Builder {position} groups by field {f.FieldId} of a connection that does not exist. Choose a connected site's field.";
            case GroupByFieldBuilder group when group.Fields.GroupBy(f => f.ConnectionId).Any(g => g.Count() > 1):
                return $"Builder {position} names two fields of one site. Give at most one field per site (the same field on each site).";
            default:
                return null;
        }
    }
}
