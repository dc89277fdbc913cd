using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Core.Outcomes;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Storage;

namespace Panorama.Web.Boxes.Structure;

/// <summary>Structure builders between the API's form and the Core's, checked with the Core's rules.</summary>
internal static class StructureRequests
{
    public static Outcome<StructureDefinition> Parse(IReadOnlyList<StructureBuilderDto> dtos, SiteDirectory sites, IEnumerable<DependencyLinkRule> rules)
    {
        var builders = new List<StructureBuilder>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var builder = Parse(dtos[i], i + 1, sites);
            if (!builder.IsOk)
            {
                return Outcome.Refused<StructureDefinition>(builder.Refusal!);
            }

            builders.Add(builder.Value);
        }

        return StructureDefinition.Create(builders, sites, rules);
    }

    private static Outcome<StructureBuilder> Parse(StructureBuilderDto dto, int position, SiteDirectory sites)
    {
        Guid? connection = null;
        if (!string.IsNullOrWhiteSpace(dto.Connection))
        {
            if (BoxConnections.Find(sites, dto.Connection) is not { } site)
            {
                return Outcome.Refused<StructureBuilder>($"Builder {position}: {BoxConnections.NotConnected(dto.Connection)}");
            }

            connection = site.ConnectionId;
        }

        var kind = StructureBuilderKinds.All.FirstOrDefault(k => string.Equals(k, dto.Kind.Trim(), StringComparison.OrdinalIgnoreCase));
        switch (kind)
        {
            case StructureBuilderKinds.Project:
                return new ProjectBuilder(connection);
            case StructureBuilderKinds.JiraHierarchy:
                return new JiraHierarchyBuilder(connection);
            case StructureBuilderKinds.Boxes:
                return new BoxStructureBuilder(connection);
            case StructureBuilderKinds.LinkHierarchy:
                if (connection is not { } linkSite)
                {
                    return Outcome.Refused<StructureBuilder>(
                        $"Builder {position} (link hierarchy) needs a connection: link types belong to one site. Name the site in 'connection'.");
                }

                return dto.ParentSide?.Trim().ToLowerInvariant() switch
                {
                    null or "" or "from" or "outward" => new LinkHierarchyBuilder(linkSite, dto.LinkType?.Trim() ?? "", LinkParentSide.From),
                    "to" or "inward" => new LinkHierarchyBuilder(linkSite, dto.LinkType?.Trim() ?? "", LinkParentSide.To),
                    _ => Outcome.Refused<StructureBuilder>($"Builder {position}: parentSide is 'from' (the outward side is the parent) or 'to'."),
                };
            case StructureBuilderKinds.GroupBy:
                var fields = new List<FieldRef>();
                foreach (var text in dto.Fields ?? [])
                {
                    var field = FieldRef.Parse(text, sites);
                    if (!field.IsOk)
                    {
                        return Outcome.Refused<StructureBuilder>($"Builder {position}: {field.Refusal}");
                    }

                    fields.Add(field.Value);
                }

                return new GroupByFieldBuilder(fields, connection);
            default:
                return Outcome.Refused<StructureBuilder>(
                    $"Builder {position}: '{dto.Kind}' is not a kind of structure builder. Use {string.Join(", ", StructureBuilderKinds.All)}.");
        }
    }

    public static StructureResponse ToResponse(StructureDefinition definition, SiteDirectory sites, bool isDefault) =>
        new([.. definition.Builders.Select(b => ToResponse(b, sites))], isDefault);

    private static StructureBuilderResponse ToResponse(StructureBuilder builder, SiteDirectory sites)
    {
        var stored = StructureJson.ToStored(builder);
        var fields = builder is GroupByFieldBuilder g ? g.Fields.Select(f => f.ToDisplayString(sites)).ToList() : null;
        return new StructureBuilderResponse(stored.Kind, stored.Connection, stored.Connection is { } c ? sites.NameOf(c) : null,
            stored.LinkType, stored.ParentSide, fields);
    }
}
