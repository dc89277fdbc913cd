using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Data.Connections;
using Panorama.Data.Database;
using Panorama.Testing.Databases;

namespace Panorama.Data.Tests.Connections;

public sealed class ConnectionStorageTests
{
    private const string Token = "ATATT3xFfGF0-this-is-a-test-token-value";

    [Theory]
    [DatabaseData]
    public async Task Secrets_ShouldBeStoredEncrypted_AndReadableByAnotherNodeSharingTheDatabase(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var id = Guid.NewGuid();

        await using (var nodeA = Node(database))
        {
            var secrets = nodeA.GetRequiredService<ConnectionSecrets>();
            await using var scope = nodeA.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PanoramaDbContext>();
            db.Connections.Add(NewConnection(id, "alpha", ConnectionRole.Primary, secrets));
            await db.SaveChangesAsync(ct);
        }

        await using var nodeB = Node(database);
        await using var scopeB = nodeB.CreateAsyncScope();
        var stored = await scopeB.ServiceProvider.GetRequiredService<PanoramaDbContext>().Connections.SingleAsync(c => c.Id == id, ct);
        Assert.DoesNotContain(Token, stored.ProtectedApiToken, StringComparison.Ordinal);
        Assert.Equal(Token, nodeB.GetRequiredService<ConnectionSecrets>().UnprotectApiToken(stored.ProtectedApiToken));
    }

    [Theory]
    [DatabaseData]
    public async Task Database_ShouldRefuseASecondPrimary(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        await using var services = Node(database);
        var secrets = services.GetRequiredService<ConnectionSecrets>();
        await using var db = database.CreateContext();
        db.Connections.Add(NewConnection(Guid.NewGuid(), "alpha", ConnectionRole.Primary, secrets));
        db.Connections.Add(NewConnection(Guid.NewGuid(), "beta", ConnectionRole.Secondary, secrets));
        db.Connections.Add(NewConnection(Guid.NewGuid(), "gamma", ConnectionRole.Secondary, secrets));
        await db.SaveChangesAsync(ct);

        db.Connections.Add(NewConnection(Guid.NewGuid(), "delta", ConnectionRole.Primary, secrets));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Theory]
    [DatabaseData]
    public async Task Mappings_ShouldRoundTripThroughTheRow(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        await using var services = Node(database);
        var id = Guid.NewGuid();
        var fieldMapping = new FieldMapping([new(BuiltInField.StartDate, FieldMappingMode.TwoWay, "customfield_10015"), new(BuiltInField.Progress, FieldMappingMode.NotSynchronized)]);
        var dependencyMapping = new DependencyMapping([new("10000", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]);
        await using (var db = database.CreateContext())
        {
            var connection = NewConnection(id, "alpha", ConnectionRole.Primary, services.GetRequiredService<ConnectionSecrets>());
            connection.WriteFieldMapping(fieldMapping);
            connection.WriteDependencyMapping(dependencyMapping);
            connection.WriteFields([new JiraFieldInfo("duedate", "Due date", false, "date", SchemaSystem: "duedate")]);
            db.Connections.Add(connection);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var connection = await db.Connections.SingleAsync(c => c.Id == id, ct);
            Assert.Equal(fieldMapping.Entries, connection.ReadFieldMapping().Entries);
            Assert.Equal(dependencyMapping.Entries, connection.ReadDependencyMapping().Entries);
            Assert.Equal("duedate", Assert.Single(connection.ReadFields()).Id);
            Assert.DoesNotContain("isSynced", connection.FieldMappingJson, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static ServiceProvider Node(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.ToConfiguration())
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging();
        services.AddPanoramaData();
        return services.BuildServiceProvider();
    }

    private static Connection NewConnection(Guid id, string name, ConnectionRole role, ConnectionSecrets secrets) => new()
    {
        Id = id,
        Name = name,
        BaseUrl = $"https://{name}.atlassian.net",
        Email = "panorama-bot@example.com",
        ProtectedApiToken = secrets.ProtectApiToken(Token),
        ProtectedWebhookSecret = secrets.ProtectWebhookSecret(ConnectionSecrets.NewWebhookSecret()),
        Role = role,
        Status = ConnectionStatus.Unchecked,
    };
}
