using Microsoft.Extensions.Options;
using Panorama.Core.Connections;
using Panorama.Data.Connections;
using Panorama.Jira.Client;
using Panorama.Sync.Connections.Checks;
using Panorama.Sync.Reconciliation;
using Panorama.Sync.Workers;

namespace Panorama.Sync.Connections.Discovery;

/// <summary>What a refresh read, or why it could not.</summary>
public sealed record DiscoveryResult(int Fields, int LinkTypes, bool DefaultsApplied, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Reads a site's fields and issue link types (SPEC 3.2) and caches them on the connection: the mapping editors,
/// validators and screen check work from the cache, and "refresh" reads them again. The first successful read of a
/// primary gives it the default field mapping found by schema (rule 10); a secondary keeps its empty mapping.
/// </summary>
public sealed class ConnectionDiscovery(
    ConnectionStore store,
    IJiraClientFactory clients,
    IOptions<ConnectionOptions> options,
    SyncStateStore states,
    SyncSignals signals,
    TimeProvider time)
{
    public async Task<DiscoveryResult> RefreshAsync(Connection connection, CancellationToken cancellationToken)
    {
        var client = clients.Create(connection.ToJiraSite());
        var timeout = options.Value.CheckTimeout;
        var fields = await RemoteCall.RunAsync(ct => client.GetFieldsAsync(ct), timeout, cancellationToken);
        var linkTypes = fields.Ok
            ? await RemoteCall.RunAsync(ct => client.GetIssueLinkTypesAsync(ct), timeout, cancellationToken)
            : default;
        if (!fields.Ok || !linkTypes.Ok)
        {
            var failed = fields.Ok ? linkTypes : new RemoteResult<IReadOnlyList<Jira.Model.JiraIssueLinkType>>(default, fields.Error, fields.TimedOut);
            var why = failed.TimedOut
                ? CheckMessages.TimedOut(connection.Name, new Uri(connection.BaseUrl), timeout)
                : CheckMessages.Failure(connection.Name, new Uri(connection.BaseUrl), failed.Error!);
            return new DiscoveryResult(0, 0, false, $"The fields and link types of site '{connection.Name}' could not be read: {why}");
        }

        var fieldInfos = fields.Value!.Where(f => f.Id.Length > 0).Select(f => f.ToInfo()).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var linkTypeInfos = linkTypes.Value!.Select(t => t.ToInfo()).OfType<JiraLinkTypeInfo>().OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var defaultsApplied = false;
        var now = time.GetUtcNow();
        await store.UpdateAsync(connection.Id, c =>
        {
            // Defaults only on the very first read, so a later refresh never overwrites what an administrator chose.
            defaultsApplied = c.Role == ConnectionRole.Primary && c.FieldsRefreshedAt is null && c.ReadFieldMapping().Entries.Count == 0;
            if (defaultsApplied)
            {
                c.WriteFieldMapping(FieldMappingDefaults.For(ConnectionRole.Primary, fieldInfos));
            }

            c.WriteFields(fieldInfos);
            c.WriteLinkTypes(linkTypeInfos);
            c.FieldsRefreshedAt = now;
        }, cancellationToken);
        if (defaultsApplied)
        {
            // Anything imported before the mapping existed holds no built-in values: import again with it.
            await states.RequestAsync(connection.Id, import: true, sweep: false, cancellationToken);
            signals.Wake(connection.Id, SyncLoop.Reconcile);
        }

        return new DiscoveryResult(fieldInfos.Count, linkTypeInfos.Count, defaultsApplied, null);
    }
}
