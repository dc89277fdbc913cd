using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Core.Scope;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Data.Database;
using Panorama.Data.Sync;
using Panorama.Jira.Client;
using Panorama.Jira.Webhooks;
using Panorama.JiraSim;
using Panorama.Sync.Connections;
using Panorama.Sync.Scope;
using Panorama.Testing.Databases;

namespace Panorama.Sync.Tests.Support;

/// <summary>
/// Simulated Jira sites connected to one or more Panorama nodes on one database, as the connections feature would
/// connect them: a stored valid connection per site (the first primary), field and dependency mappings for the site's
/// own field ids, every project in one box scope, and an admin webhook on each site that points at Panorama.
/// </summary>
internal sealed class SyncedSites : IAsyncDisposable
{
    private readonly WebhookRouter _router;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Func<SimulatedSite, Guid, ScopeIntegration[]>? _scope;

    private SyncedSites(TestDatabase database, SimulatedJira jira, WebhookRouter router, IReadOnlyDictionary<string, string?> settings,
        Func<SimulatedSite, Guid, ScopeIntegration[]>? scope)
    {
        _scope = scope;
        Database = database;
        Jira = jira;
        _router = router;
        _settings = settings;
    }

    public TestDatabase Database { get; }

    public SimulatedJira Jira { get; }

    public InMemorySyncScopeSource Scopes { get; } = new();

    public List<SyncAppFactory> Nodes { get; } = [];

    public SyncAppFactory App => Nodes[0];

    public List<ConnectedSite> Sites { get; } = [];

    public static async Task<SyncedSites> StartAsync(SyncedSitesOptions options, CancellationToken cancellationToken)
    {
        var database = await TestDatabase.CreateAsync(options.Provider, cancellationToken);
        var router = new WebhookRouter();
        SimulatedJira? jira = null;
        try
        {
            jira = await SimulatedJira.StartAsync(new SimulatorOptions
            {
                Sites = [.. options.SiteNames.Select(n => new SiteOptions(n))],
                IssuesPerSite = options.IssuesPerSite,
                Seed = options.Seed,
                EnforceRateLimits = options.EnforceRateLimits,
                WebhookHandlerFactory = () => router,
                WebhookRetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6)],
            }, cancellationToken);
            var sites = new SyncedSites(database, jira, router, options.Settings, options.Scope);
            for (var i = 0; i < options.Nodes; i++)
            {
                sites.Nodes.Add(await sites.StartNodeAsync($"node-{i}", cancellationToken));
            }

            router.Route([.. sites.Nodes]);
            foreach (var (site, index) in jira.Sites.Select((s, i) => (s, i)))
            {
                sites.Sites.Add(await sites.ConnectAsync(site, index == 0, cancellationToken));
            }

            return sites;
        }
        catch
        {
            if (jira is not null)
            {
                await jira.DisposeAsync();
            }

            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops node 0 and starts it again on the same database (a server restart); webhooks meanwhile fail and are retried.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken, TimeSpan? downtime = null)
    {
        var old = Nodes[0];
        _router.Remove(old);
        await old.DisposeAsync();
        if (downtime is { } wait)
        {
            await Task.Delay(wait, cancellationToken);
        }

        Nodes[0] = await StartNodeAsync(old.NodeId + "r", cancellationToken);
        _router.Route([.. Nodes]);
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async Task<PanoramaDbContext> DbAsync(CancellationToken cancellationToken) =>
        await Service<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(cancellationToken);

    /// <summary>Waits until every connection's first import is done.</summary>
    public Task WaitForImportAsync(CancellationToken cancellationToken, TimeSpan? timeout = null) =>
        Wait.UntilAsync(async () =>
        {
            await using var db = await DbAsync(cancellationToken);
            return await db.SyncStates.CountAsync(s => s.ImportState == SyncImportState.Done, cancellationToken) == Sites.Count;
        }, timeout ?? TimeSpan.FromSeconds(60), "the first import of every connection", cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            _router.Remove(node);
            await node.DisposeAsync();
        }

        await Jira.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task<SyncAppFactory> StartNodeAsync(string nodeId, CancellationToken cancellationToken)
    {
        var node = new SyncAppFactory(Database, Scopes, nodeId, _settings);
        await node.StartAsync(cancellationToken);
        return node;
    }

    private async Task<ConnectedSite> ConnectAsync(SimulatedSite site, bool primary, CancellationToken cancellationToken)
    {
        var secrets = Service<ConnectionSecrets>();
        var secret = ConnectionSecrets.NewWebhookSecret();
        var fields = site.State.FieldIds;
        var blocks = site.State.LinkTypes.Single(t => t.Name == "Blocks");
        var connection = new Connection
        {
            Id = Guid.NewGuid(),
            Name = site.Name,
            BaseUrl = site.BaseUrl,
            Email = site.Email,
            ProtectedApiToken = secrets.ProtectApiToken(site.ApiToken),
            ProtectedWebhookSecret = secrets.ProtectWebhookSecret(secret),
            Role = primary ? ConnectionRole.Primary : ConnectionRole.Secondary,
            Status = ConnectionStatus.Valid,
        };
        List<FieldMappingEntry> mapping =
        [
            new(BuiltInField.StartDate, FieldMappingMode.TwoWay, fields.StartDate),
            new(BuiltInField.EndDate, FieldMappingMode.TwoWay, JiraFieldSchemas.DueDate),
            new(BuiltInField.BaselineStart, FieldMappingMode.TwoWay, fields.TargetStart),
            new(BuiltInField.BaselineEnd, FieldMappingMode.TwoWay, fields.TargetEnd),
            new(BuiltInField.OriginalEstimate, FieldMappingMode.TwoWay, JiraFieldSchemas.OriginalEstimate),
            new(BuiltInField.RemainingEstimate, FieldMappingMode.TwoWay, JiraFieldSchemas.RemainingEstimate),
            new(BuiltInField.StoryPoints, FieldMappingMode.ReadOnly, fields.StoryPoints),
        ];
        if (primary)
        {
            mapping.Add(new(BuiltInField.Progress, FieldMappingMode.NotSynchronized));
        }

        connection.WriteFieldMapping(new FieldMapping(mapping));
        connection.WriteDependencyMapping(new DependencyMapping([new(blocks.Id, LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]));
        await using (var db = await DbAsync(cancellationToken))
        {
            db.Connections.Add(connection);
            await db.SaveChangesAsync(cancellationToken);
        }

        Scopes.Set(connection.Id, _scope?.Invoke(site, connection.Id) ?? [ScopeIntegration.Create(connection.Id, site.State.ProjectKeys, null).Value]);
        var client = Service<IJiraClientFactory>().Create(connection.ToJiraSite());
        await client.CreateWebhookAsync(new JiraWebhookRegistration("panorama", $"http://localhost/webhooks/jira/{connection.Id}", JiraWebhookEvents.ForSync)
        {
            Secret = secret,
            JqlFilter = Jql.ProjectIn(site.State.ProjectKeys),
        }, cancellationToken);
        return new ConnectedSite(site, connection.Id, secret, blocks.Id);
    }
}

/// <summary>One simulated site as Panorama knows it.</summary>
internal sealed record ConnectedSite(SimulatedSite Sim, Guid ConnectionId, string WebhookSecret, string BlocksTypeId)
{
    public string Name => Sim.Name;
}

internal sealed record SyncedSitesOptions
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    public IReadOnlyList<string> SiteNames { get; init; } = ["alpha"];

    public int IssuesPerSite { get; init; } = 40;

    public int Seed { get; init; } = 42;

    public int Nodes { get; init; } = 1;

    public bool EnforceRateLimits { get; init; } = true;

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The box scopes of each site (default: one integration with every project of the site).</summary>
    public Func<SimulatedSite, Guid, ScopeIntegration[]>? Scope { get; init; }
}
