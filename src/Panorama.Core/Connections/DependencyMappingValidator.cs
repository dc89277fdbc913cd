namespace Panorama.Core.Connections;

/// <summary>
/// Rule 13 for dependencies: each link type in at most one entry, and a link type that a structure builder uses for
/// its hierarchy cannot also be a synced dependency (one link would then mean two things).
/// </summary>
public static class DependencyMappingValidator
{
    public static IReadOnlyList<MappingError> Validate(
        DependencyMapping mapping,
        string siteName,
        IReadOnlyCollection<JiraLinkTypeInfo> siteLinkTypes,
        IReadOnlySet<string> linkTypesUsedByStructure)
    {
        var errors = new List<MappingError>();
        var linkTypes = siteLinkTypes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var group in mapping.Entries.GroupBy(e => e.LinkTypeId, StringComparer.Ordinal))
        {
            var name = linkTypes.TryGetValue(group.Key, out var linkType) ? $"'{linkType.Name}'" : $"'{group.Key}'";
            if (linkType is null)
            {
                errors.Add(new(MappingError.UnknownLinkType,
                    $"{siteName} has no issue link type with id {group.Key}. Refresh the link types or choose another.", LinkTypeId: group.Key));
            }

            if (group.Count() > 1)
            {
                errors.Add(new(MappingError.LinkTypeMappedTwice,
                    $"Link type {name} is mapped {group.Count()} times on {siteName}; each link type can be used in one dependency mapping only.",
                    LinkTypeId: group.Key));
            }

            if (group.Any(e => e.Synced) && linkTypesUsedByStructure.Contains(group.Key))
            {
                errors.Add(new(MappingError.LinkTypeUsedByStructure,
                    $"Link type {name} builds a box's link hierarchy on {siteName}, so it cannot also be a synced dependency. " +
                    "Use another link type, or remove it from the structure builder first.", LinkTypeId: group.Key));
            }
        }

        return errors;
    }
}
