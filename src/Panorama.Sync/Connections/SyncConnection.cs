using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Jira.Connections;

namespace Panorama.Sync.Connections;

/// <summary>What sync needs to know about a connection, read once and cached for a few seconds.</summary>
public sealed record SyncConnection(
    Guid Id,
    string Name,
    ConnectionRole Role,
    ConnectionStatus Status,
    string? StatusReason,
    JiraSite Site,
    FieldMapping FieldMapping,
    DependencyMapping DependencyMapping,
    string ProtectedWebhookSecret)
{
    /// <summary>Only a valid connection is synced (rule 5); an invalid one keeps its tasks, marked stale.</summary>
    public bool IsValid => Status == ConnectionStatus.Valid;

    /// <summary>The built-in fields kept in Panorama only (Not synchronized): sync never overwrites them.</summary>
    public IReadOnlySet<BuiltInField> PanoramaOnlyFields { get; } =
        FieldMapping.Entries.Where(e => e.Mode == FieldMappingMode.NotSynchronized).Select(e => e.Field).ToHashSet();

    public IReadOnlyList<DependencyLinkRule> DependencyRules { get; } = [.. DependencyMapping.RulesFor(Id)];

    /// <summary>The Jira field a built-in field is read from, when it is mapped (two-way or read-only).</summary>
    public string? JiraFieldFor(BuiltInField field) => FieldMapping.JiraFieldFor(field);
}
