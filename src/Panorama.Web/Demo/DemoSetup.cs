using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.JiraSim;
using Panorama.Sync.Connections.Administration;
using Panorama.Sync.Connections.Mappings;

namespace Panorama.Web.Demo;

/// <summary>
/// Sets the demo up through the same services an administrator's requests go through: connections (checks, field
/// discovery, webhooks), a dependency mapping per site, the boxes, then the import.
/// </summary>
internal static class DemoSetup
{
    public static readonly AuditActor Actor = new(null, "panorama demo");

    public static async Task<DemoSeeded?> RunAsync(IServiceProvider services, SimulatedJira jira, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var connections = new List<(SimulatedSite Site, Connection Connection)>();
        using (var scope = services.CreateScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<ConnectionAdministration>();
            var mappings = scope.ServiceProvider.GetRequiredService<ConnectionMappings>();
            foreach (var site in jira.Sites)
            {
                var change = await administration.CreateAsync(
                    new NewConnection(site.Name, site.BaseUrl, site.Email, site.ApiToken, Primary: connections.Count == 0), Actor, cancellationToken);
                if (change.Connection is not { Status: ConnectionStatus.Valid } connection)
                {
                    var why = change.Connection?.StatusReason ?? change.Detail ?? string.Join(" ", change.Errors?.SelectMany(e => e.Value) ?? []);
                    await error.WriteLineAsync($"panorama: the demo could not connect simulated site {site.Name}: {why}");
                    return null;
                }

                if (connection.Role == ConnectionRole.Secondary && !await MapSecondaryFieldsAsync(scope.ServiceProvider, connection.Id, site, error, cancellationToken))
                {
                    return null;
                }

                var blocks = site.State.LinkTypes.First(t => t.Name == "Blocks");
                var mapping = await mappings.SetDependencyMappingAsync(connection.Id,
                    new DependencyMapping([new(blocks.Id, LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]), Actor, cancellationToken);
                if (mapping.Status != MappingChangeStatus.Saved)
                {
                    await error.WriteLineAsync($"panorama: the demo could not map {site.Name}'s 'Blocks' links: " +
                                               string.Join(" ", mapping.Errors.Select(e => e.Message)));
                    return null;
                }

                connections.Add((site, connection));
                await output.WriteLineAsync($"Connected {site.Name} ({(connections.Count == 1 ? "primary" : "secondary")}): every check passed.");
            }
        }

        var boxes = await DemoBoxes.CreateAsync(services, connections, cancellationToken);
        await DemoImport.RunAsync(services, connections.Select(c => c.Connection).ToList(), output, cancellationToken);
        return new DemoSeeded(boxes, [.. connections.Select(c => c.Connection.Id)]);
    }

    /// <summary>
    /// A secondary starts with no field mapping (rule 10: nothing is written to it until an administrator says where).
    /// The demo says where: the fields the primary's defaults would pick, all two-way (rule 9 allows no "not synchronized"
    /// on a secondary), so every site's tasks have dates on the Gantt.
    /// </summary>
    private static async Task<bool> MapSecondaryFieldsAsync(IServiceProvider services, Guid connectionId, SimulatedSite site, TextWriter error,
        CancellationToken cancellationToken)
    {
        var stored = await services.GetRequiredService<Panorama.Sync.Connections.ConnectionStore>().FindAsync(connectionId, cancellationToken);
        var defaults = FieldMappingDefaults.For(ConnectionRole.Primary, stored!.ReadFields());
        var mapping = new FieldMapping([.. defaults.Entries.Where(e => e.Mode != FieldMappingMode.NotSynchronized)]);
        var change = await services.GetRequiredService<ConnectionMappings>().SetFieldMappingAsync(connectionId, mapping, Actor, cancellationToken);
        if (change.Status == MappingChangeStatus.Saved)
        {
            return true;
        }

        await error.WriteLineAsync($"panorama: the demo could not map {site.Name}'s fields: {string.Join(" ", change.Errors.Select(e => e.Message))}");
        return false;
    }
}

/// <summary>What the demo created: the portfolio box first, then its programs and projects.</summary>
internal sealed record DemoSeeded(IReadOnlyList<DemoBox> Boxes, IReadOnlyList<Guid> ConnectionIds)
{
    public DemoBox Portfolio => Boxes[0];
}

internal sealed record DemoBox(Guid Id, string Name, string Type);
