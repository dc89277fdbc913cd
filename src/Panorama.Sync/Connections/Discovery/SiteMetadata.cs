using Panorama.Core.Connections;
using Panorama.Jira.Model;

namespace Panorama.Sync.Connections.Discovery;

/// <summary>Jira's field and link type descriptions as the Core mapping rules read them.</summary>
internal static class SiteMetadata
{
    public static JiraFieldInfo ToInfo(this JiraField field) => new(
        field.Id,
        field.Name ?? field.UntranslatedName ?? field.Id,
        field.Custom,
        field.Schema?.Type,
        field.Schema?.Items,
        field.Schema?.System,
        field.Schema?.Custom);

    public static JiraLinkTypeInfo? ToInfo(this JiraIssueLinkType linkType) => linkType.Id is { Length: > 0 } id
        ? new JiraLinkTypeInfo(id, linkType.Name ?? id, linkType.Inward ?? string.Empty, linkType.Outward ?? string.Empty)
        : null;
}
