using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Panorama.Core.Connections;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Data.Database;
using Panorama.Sync.Connections;
using Panorama.Testing.Databases;

namespace Panorama.Sync.Tests.Connections;

public sealed class ConnectionCredentialSourceTests
{
    [Theory]
    [DatabaseData]
    public async Task GetAsync_ShouldDecryptTheStoredToken_AndSeeAReplacedOneAfterForget(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        await using var services = Services(database);
        var secrets = services.GetRequiredService<ConnectionSecrets>();
        var id = Guid.NewGuid();
        await using (var db = database.CreateContext())
        {
            db.Connections.Add(new Connection
            {
                Id = id,
                Name = "beta",
                BaseUrl = "https://beta.atlassian.net",
                Email = "bot@example.com",
                ProtectedApiToken = secrets.ProtectApiToken("first-token"),
                ProtectedWebhookSecret = secrets.ProtectWebhookSecret("s"),
                Role = ConnectionRole.Secondary,
            });
            await db.SaveChangesAsync(ct);
        }

        var source = new ConnectionCredentialSource(services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>(), secrets, new FakeTimeProvider());
        var first = await source.GetAsync(id, ct);
        await using (var db = database.CreateContext())
        {
            var row = await db.Connections.SingleAsync(c => c.Id == id, ct);
            row.ProtectedApiToken = secrets.ProtectApiToken("second-token");
            await db.SaveChangesAsync(ct);
        }

        var cached = await source.GetAsync(id, ct);
        source.Forget(id);
        var replaced = await source.GetAsync(id, ct);

        Assert.Equal(("bot@example.com", "first-token"), (first.Email, first.ApiToken));
        Assert.Equal("first-token", cached.ApiToken);
        Assert.Equal("second-token", replaced.ApiToken);
        Assert.DoesNotContain("token", replaced.ToString().Replace("ApiToken", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ShouldSayTheConnectionIsGone_WhenItWasDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        await database.MigrateAsync(ct);
        await using var services = Services(database);
        var source = new ConnectionCredentialSource(services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>(), services.GetRequiredService<ConnectionSecrets>(), TimeProvider.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => source.GetAsync(Guid.NewGuid(), ct).AsTask());

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.ToConfiguration()).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddPanoramaData();
        return services.BuildServiceProvider();
    }
}
