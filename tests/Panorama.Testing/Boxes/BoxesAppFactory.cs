using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Scope;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Testing.Databases;
using Panorama.Testing.Tasks;
using Panorama.Testing.Web;
using Panorama.Testing.WriteBack;

namespace Panorama.Testing.Boxes;

/// <summary>
/// The host for box tests: a recording write-back outbox (what would be written to Jira), a recording scope change
/// listener, optionally a task change feed (as the sync engine registers one), and a seeder writing into its store.
/// Without <c>withWriteBack</c> no outbox is registered (a host without the sync engine).
/// </summary>
public sealed class BoxesAppFactory(TestDatabase? database = null, bool withChangeFeed = false, bool withWriteBack = true) : AppFactory(database)
{
    public RecordingWriteBackQueue WriteBack { get; } = new();

    public RecordingScopeChangeListener ScopeChanges { get; } = new();

    public FakeTaskChangeFeed? Feed { get; } = withChangeFeed ? new FakeTaskChangeFeed() : null;

    /// <summary>Writes into this host's store (start the host first).</summary>
    public TaskStoreSeeder Seeder => field ??= new TaskStoreSeeder(
        () => Services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContext(),
        Services.GetRequiredService<ConnectionSecrets>());

    /// <summary>Starts the host and seeds <see cref="ThreeSites"/>.</summary>
    public async Task<BoxesAppFactory> StartWithThreeSitesAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await ThreeSites.SeedAsync(Seeder, cancellationToken);
        return this;
    }

    protected override void ConfigureTestServices(IWebHostBuilder builder)
    {
        // The seeded sites do not exist: the sync engine's loops would only fail to reach them and, finding a box's
        // scope, mark the seeded tasks outside it as out of scope while a test runs.
        builder.UseSetting("Sync:Workers", "false");
        ConfigureServices(builder);
    }

    private void ConfigureServices(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        if (withWriteBack)
        {
            services.AddSingleton<IWriteBackQueue>(WriteBack);
        }

        services.AddSingleton<IScopeChangeListener>(ScopeChanges);
        if (Feed is not null)
        {
            services.AddSingleton<ITaskChangeFeed>(Feed);
        }
    });
}
