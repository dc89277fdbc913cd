using System.Text.Json.Nodes;
using Panorama.Core.Connections;
using Panorama.Core.Fields;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Sync.Reconciliation;
using Panorama.Sync.Workers;

namespace Panorama.Sync.Connections.Mappings;

/// <summary>
/// Field and dependency mappings per connection (rules 9-13). Every update is validated by the Core rules against the
/// site's discovered fields and link types, and audited with each entry's old and new value.
/// </summary>
public sealed class ConnectionMappings(
    ConnectionStore store,
    IEnumerable<ILinkTypeUsage> linkTypeUsages,
    SyncStateStore states,
    SyncSignals signals,
    IAuditLog audit)
{
    public async Task<MappingChange> SetFieldMappingAsync(Guid connectionId, FieldMapping mapping, AuditActor actor,
        CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MappingChange.NotFound;
        }

        var fields = connection.ReadFields();
        var errors = new List<MappingError>();
        if (connection.FieldsRefreshedAt is null)
        {
            errors.Add(new MappingError(MoreMappingErrors.FieldsNotDiscovered,
                $"Panorama has not read the fields of site '{connection.Name}' yet: make the connection valid, then refresh its fields (POST /api/connections/{connectionId}/fields/refresh)."));
        }

        errors.AddRange(mapping.Entries.GroupBy(e => e.Field).Where(g => g.Count() > 1).Select(g => new MappingError(
            MoreMappingErrors.DuplicateEntry, $"{g.Key.JsonName()} appears {g.Count()} times: give one entry per built-in field.", g.Key)));
        errors.AddRange(FieldMappingValidator.Validate(mapping, connection.Role, connection.Name, fields));
        if (errors.Count > 0)
        {
            return MappingChange.Refused(errors);
        }

        var old = connection.ReadFieldMapping();
        if (await store.UpdateAsync(connectionId, c => c.WriteFieldMapping(mapping), cancellationToken) is null)
        {
            return MappingChange.NotFound;
        }

        var changes = BuiltInFields.Mappable
            .Select(f => new AuditFieldChange(f.JsonName(), Describe(old.For(f)), Describe(mapping.For(f))))
            .Where(c => !JsonNode.DeepEquals(c.Old, c.New))
            .ToList();
        await RecordAsync(AuditActions.ConnectionFieldMappingChanged, connection, changes, actor, cancellationToken);
        if (changes.Count > 0)
        {
            // Stored tasks hold the built-in values the old mapping read: import again so every task follows the new one.
            await states.RequestAsync(connectionId, import: true, sweep: false, cancellationToken);
            signals.Wake(connectionId, SyncLoop.Reconcile);
        }

        return MappingChange.Saved;
    }

    public async Task<MappingChange> SetDependencyMappingAsync(Guid connectionId, DependencyMapping mapping, AuditActor actor,
        CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return MappingChange.NotFound;
        }

        var errors = new List<MappingError>();
        if (connection.FieldsRefreshedAt is null)
        {
            errors.Add(new MappingError(MoreMappingErrors.FieldsNotDiscovered,
                $"Panorama has not read the link types of site '{connection.Name}' yet: make the connection valid, then refresh (POST /api/connections/{connectionId}/fields/refresh)."));
        }

        var usedByStructure = await LinkTypesUsedByStructureAsync(connectionId, cancellationToken);
        errors.AddRange(DependencyMappingValidator.Validate(mapping, connection.Name, connection.ReadLinkTypes(), usedByStructure));
        if (errors.Count > 0)
        {
            return MappingChange.Refused(errors);
        }

        var old = connection.ReadDependencyMapping();
        if (await store.UpdateAsync(connectionId, c => c.WriteDependencyMapping(mapping), cancellationToken) is null)
        {
            return MappingChange.NotFound;
        }

        var changes = old.Entries.Select(e => e.LinkTypeId).Union(mapping.Entries.Select(e => e.LinkTypeId), StringComparer.Ordinal)
            .Select(id => new AuditFieldChange($"linkType:{id}", Describe(old.For(id)), Describe(mapping.For(id))))
            .Where(c => !JsonNode.DeepEquals(c.Old, c.New))
            .ToList();
        await RecordAsync(AuditActions.ConnectionDependencyMappingChanged, connection, changes, actor, cancellationToken);
        return MappingChange.Saved;
    }

    /// <summary>The union of what every registered <see cref="ILinkTypeUsage"/> reports (empty with none).</summary>
    public async Task<IReadOnlySet<string>> LinkTypesUsedByStructureAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in linkTypeUsages)
        {
            used.UnionWith(await usage.GetLinkTypesUsedByStructureAsync(connectionId, cancellationToken));
        }

        return used;
    }

    private async Task RecordAsync(string action, Connection connection, List<AuditFieldChange> changes, AuditActor actor,
        CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await audit.RecordAsync(new AuditEvent(action)
        {
            Actor = actor,
            TargetType = "connection",
            TargetId = connection.Id.ToString(),
            ConnectionId = connection.Id,
            Changes = changes,
            Data = new Dictionary<string, string?> { ["name"] = connection.Name },
        }, cancellationToken);
    }

    private static JsonObject? Describe(FieldMappingEntry? entry) => entry is null ? null : new JsonObject
    {
        ["mode"] = MappingText.Mode(entry.Mode),
        ["jiraFieldId"] = entry.JiraFieldId,
    };

    private static JsonObject? Describe(DependencyMappingEntry? entry) => entry is null ? null : new JsonObject
    {
        ["direction"] = MappingText.Direction(entry.Direction),
        ["type"] = entry.Type.ToString(),
        ["strength"] = MappingText.Strength(entry.Strength),
        ["synced"] = entry.Synced,
    };
}
