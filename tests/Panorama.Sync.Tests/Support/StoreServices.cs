using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Sync;
using Panorama.Sync.Connections;
using Panorama.Testing.Databases;

namespace Panorama.Sync.Tests.Support;

/// <summary>The sync services on a migrated test database, without a web host and without workers.</summary>
internal static class StoreServices
{
    public static async Task<ServiceProvider> CreateAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        var settings = database.ToConfiguration().Append(new("Sync:Workers", "false"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddPanoramaData();
        services.AddPanoramaSync();
        return services.BuildServiceProvider();
    }

    /// <summary>A stored, valid connection with Start date, End date and Story points mapped and Progress kept in Panorama.</summary>
    public static async Task<SyncConnection> AddConnectionAsync(IServiceProvider services, CancellationToken cancellationToken,
        string name = "alpha", ConnectionRole role = ConnectionRole.Primary)
    {
        var secrets = services.GetRequiredService<ConnectionSecrets>();
        var connection = new Connection
        {
            Id = Guid.NewGuid(),
            Name = name,
            BaseUrl = $"https://{name}.atlassian.net",
            Email = "bot@example.com",
            ProtectedApiToken = secrets.ProtectApiToken("token"),
            ProtectedWebhookSecret = secrets.ProtectWebhookSecret("secret"),
            Role = role,
            Status = ConnectionStatus.Valid,
        };
        connection.WriteFieldMapping(new FieldMapping(
        [
            new(BuiltInField.StartDate, FieldMappingMode.TwoWay, "customfield_10015"),
            new(BuiltInField.EndDate, FieldMappingMode.TwoWay, "duedate"),
            new(BuiltInField.StoryPoints, FieldMappingMode.ReadOnly, "customfield_10016"),
            new(BuiltInField.Progress, FieldMappingMode.NotSynchronized),
        ]));
        connection.WriteDependencyMapping(new DependencyMapping([new("10000", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]));
        var contexts = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PanoramaDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Connections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        return (await services.GetRequiredService<SyncConnectionCatalog>().FindAsync(connection.Id, cancellationToken))!;
    }
}
