using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Data;
using Panorama.Data.Boxes;
using Panorama.Data.Connections;
using Panorama.Data.Database;
using Panorama.Jira.Client;
using Panorama.Jira.Webhooks;
using Panorama.JiraSim;
using Panorama.Sync.Connections;
using Panorama.Web.Hosting;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>
/// The Panorama host as <c>panorama serve</c> builds it, on a throwaway SQLite file and a loopback port, connected to
/// simulated sites the way the connections feature would (valid connection, mappings, every project in scope, an
/// admin webhook pointing at the host) and a box whose scope holds every project of the site. The store is a
/// throwaway SQLite file unless a database is given (a <c>TestDatabase</c>, e.g. PostgreSQL).
/// </summary>
internal sealed class SyncBenchHost : IAsyncDisposable
{
    private readonly string _folder;

    private SyncBenchHost(WebApplication app, string folder, string url)
    {
        App = app;
        _folder = folder;
        Url = url;
    }

    public WebApplication App { get; }

    public string Url { get; }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static Task<SyncBenchHost> StartAsync(bool workers, CancellationToken cancellationToken, params string[] settings) =>
        StartAsync(workers, null, cancellationToken, settings);

    public static async Task<SyncBenchHost> StartAsync(bool workers, DatabaseTarget? database, CancellationToken cancellationToken, params string[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"panorama-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var app = PanoramaHost.Build(new HostSettings("http://127.0.0.1:0", database ?? new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "bench.db")}"),
        [
            $"--Sync:Workers={workers}",
            "--Admin:Email=bench@panorama.local",
            $"--Admin:Password={Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
            "--Logging:Console:FormatterName=simple",
            .. settings,
        ]));
        await app.StartAsync(cancellationToken);
        await app.Services.GetRequiredService<DatabaseState>().WhenReadyAsync(cancellationToken);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SyncBenchHost(app, folder, url);
    }

    /// <summary>Connects a simulated site (primary) and, when <paramref name="webhook"/>, registers its admin webhook.</summary>
    public async Task<Guid> ConnectAsync(SimulatedSite site, bool webhook, CancellationToken cancellationToken)
    {
        var secrets = Service<ConnectionSecrets>();
        var secret = ConnectionSecrets.NewWebhookSecret();
        var connection = new Connection
        {
            Id = Guid.NewGuid(),
            Name = site.Name,
            BaseUrl = site.BaseUrl,
            Email = site.Email,
            ProtectedApiToken = secrets.ProtectApiToken(site.ApiToken),
            ProtectedWebhookSecret = secrets.ProtectWebhookSecret(secret),
            Role = ConnectionRole.Primary,
            Status = ConnectionStatus.Valid,
        };
        connection.WriteFieldMapping(new FieldMapping(
        [
            new(BuiltInField.StartDate, FieldMappingMode.TwoWay, site.State.FieldIds.StartDate),
            new(BuiltInField.EndDate, FieldMappingMode.TwoWay, JiraFieldSchemas.DueDate),
            new(BuiltInField.OriginalEstimate, FieldMappingMode.TwoWay, JiraFieldSchemas.OriginalEstimate),
            new(BuiltInField.RemainingEstimate, FieldMappingMode.TwoWay, JiraFieldSchemas.RemainingEstimate),
            new(BuiltInField.StoryPoints, FieldMappingMode.TwoWay, site.State.FieldIds.StoryPoints),
            new(BuiltInField.Progress, FieldMappingMode.NotSynchronized),
        ]));
        var blocks = site.State.LinkTypes.Single(t => t.Name == "Blocks");
        connection.WriteDependencyMapping(new DependencyMapping([new(blocks.Id, LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]));
        await using (var db = await Service<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            db.Connections.Add(connection);
            var box = new BoxRecord { Id = Guid.NewGuid(), Name = "Bench", TypeName = "Project", CreatedAt = DateTimeOffset.UtcNow };
            db.Boxes.Add(box);
            db.ScopeIntegrations.Add(new ScopeIntegrationRecord
            {
                Id = Guid.NewGuid(),
                BoxId = box.Id,
                ConnectionId = connection.Id,
                ProjectKeys = string.Join(',', site.State.ProjectKeys),
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        if (webhook)
        {
            await Service<IJiraClientFactory>().Create(connection.ToJiraSite()).CreateWebhookAsync(
                new JiraWebhookRegistration("panorama", $"{Url}/webhooks/jira/{connection.Id}", JiraWebhookEvents.ForSync) { Secret = secret }, cancellationToken);
        }

        return connection.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
