using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panorama.Data.Accounts;
using Panorama.Data.Boxes;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Testing.Tasks;

namespace Panorama.Data.Tests.Boxes;

/// <summary>A migrated database of one provider with the three-site store seeded, and helpers to add boxes.</summary>
internal sealed class BoxStoreFixture : IAsyncDisposable
{
    private BoxStoreFixture(TestDatabase database)
    {
        Database = database;
        Seeder = new TaskStoreSeeder(database.CreateContext);
    }

    public TestDatabase Database { get; }

    public TaskStoreSeeder Seeder { get; }

    public static async Task<BoxStoreFixture> CreateAsync(DatabaseProvider provider, bool seed = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var fixture = new BoxStoreFixture(database);
        if (seed)
        {
            await ThreeSites.SeedAsync(fixture.Seeder, ct);
        }

        return fixture;
    }

    public BoxSnapshotCache Cache(params BoxDerivation[] derivations) =>
        new(new Contexts(Database), TimeProvider.System, NullLogger<BoxSnapshotCache>.Instance, derivations);

    public BoxSnapshotCache Cache(ILogger<BoxSnapshotCache> logger) => new(new Contexts(Database), TimeProvider.System, logger);

    public async Task<BoxRecord> AddBoxAsync(string name, Guid? parent = null, string? structureJson = null)
    {
        await using var db = Database.CreateContext();
        var box = new BoxRecord { Id = Guid.NewGuid(), Name = name, TypeName = "Program", ParentId = parent, StructureJson = structureJson, Revision = 1 };
        db.Boxes.Add(box);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return box;
    }

    public async Task<ScopeIntegrationRecord> AddIntegrationAsync(Guid box, Guid connection, string projects, string? jql = null)
    {
        await using var db = Database.CreateContext();
        var integration = new ScopeIntegrationRecord { Id = Guid.NewGuid(), BoxId = box, ConnectionId = connection, ProjectKeys = projects, Jql = jql };
        db.ScopeIntegrations.Add(integration);
        (await db.Boxes.SingleAsync(b => b.Id == box, TestContext.Current.CancellationToken)).Revision++;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return integration;
    }

    public async Task<Guid> AddUserAsync(string email)
    {
        await using var db = Database.CreateContext();
        var user = new PanoramaUser { Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant() };
        db.Users.Add(user);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user.Id;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private sealed class Contexts(TestDatabase database) : IDbContextFactory<PanoramaDbContext>
    {
        public PanoramaDbContext CreateDbContext() => database.CreateContext();
    }
}
