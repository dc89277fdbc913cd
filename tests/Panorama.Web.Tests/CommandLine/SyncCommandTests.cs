using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Core.Fields;
using Panorama.Core.Scope;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Data.Database;
using Panorama.JiraSim;
using Panorama.Sync.Scope;
using Panorama.Testing.Databases;
using Panorama.Web.CommandLine;

namespace Panorama.Web.Tests.CommandLine;

public sealed class SyncCommandTests
{
    [Fact]
    public async Task Sync_ShouldImportAConnectionTheFirstTime_AndReconcileItAfterwards()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        await database.MigrateAsync(ct);
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Sites = [new SiteOptions("alpha")], IssuesPerSite = 30 }, ct);
        var site = jira["alpha"];
        var connectionId = await ConnectAsync(database, site, ct);
        var scopes = new InMemorySyncScopeSource().Set(connectionId, ScopeIntegration.Create(connectionId, site.State.ProjectKeys, null).Value);
        var target = new DatabaseTarget(DatabaseProvider.Sqlite, database.ConnectionString);

        using var firstOutput = new StringWriter();
        using var firstError = new StringWriter();
        var first = await SyncCommand.RunAsync("alpha", all: false, full: false, target, firstOutput, firstError, ct, s => s.AddSingleton<ISyncScopeSource>(scopes));
        using var secondOutput = new StringWriter();
        using var secondError = new StringWriter();
        var second = await SyncCommand.RunAsync(null, all: true, full: false, target, secondOutput, secondError, ct, s => s.AddSingleton<ISyncScopeSource>(scopes));
        await using var db = database.CreateContext();

        Assert.True(first == 0, firstError.ToString());
        Assert.Contains("alpha: imported 30 issues", firstOutput.ToString(), StringComparison.Ordinal);
        Assert.True(second == 0, secondError.ToString());
        Assert.Contains("alpha: reconciled", secondOutput.ToString(), StringComparison.Ordinal);
        Assert.Equal(30, await db.Tasks.CountAsync(t => t.ConnectionId == connectionId && t.DeletedAt == null, ct));
    }

    [Theory]
    [InlineData(new string[] { "sync" }, "name one connection")]
    [InlineData(new string[] { "sync", "nowhere", "--db", "sqlite:{db}" }, "there is no connection 'nowhere'")]
    public async Task Sync_ShouldSayWhatIsWrong_InOneLine(string[] args, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var path = database.ConnectionString["Data Source=".Length..];

        var code = await PanoramaCommandLine.InvokeAsync([.. args.Select(a => a.Replace("{db}", path, StringComparison.Ordinal))], output, error);

        Assert.NotEqual(0, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<Guid> ConnectAsync(TestDatabase database, SimulatedSite site, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.ToConfiguration()).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddPanoramaData();
        await using var provider = services.BuildServiceProvider();
        var secrets = provider.GetRequiredService<ConnectionSecrets>();
        var connection = new Connection
        {
            Id = Guid.NewGuid(),
            Name = "alpha",
            BaseUrl = site.BaseUrl,
            Email = site.Email,
            ProtectedApiToken = secrets.ProtectApiToken(site.ApiToken),
            ProtectedWebhookSecret = secrets.ProtectWebhookSecret("secret"),
            Role = ConnectionRole.Primary,
            Status = ConnectionStatus.Valid,
        };
        connection.WriteFieldMapping(new FieldMapping([new(BuiltInField.EndDate, FieldMappingMode.TwoWay, "duedate")]));
        await using var db = await provider.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        db.Connections.Add(connection);
        await db.SaveChangesAsync(ct);
        return connection.Id;
    }
}
