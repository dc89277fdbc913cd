using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Data.Database;
using Panorama.Data.Tasks;
using Panorama.Sync.Connections.Administration;
using Panorama.Testing.Databases;

namespace Panorama.Sync.Tests.Connections;

/// <summary>What connection administration stores, on SQLite and PostgreSQL.</summary>
public sealed class ConnectionAdministrationStorageTests
{
    private static readonly AuditActor Admin = new(Guid.NewGuid(), "admin@panorama.test");

    [Theory]
    [DatabaseData]
    public async Task MakePrimary_ShouldSwapTheRolesInOneTransaction_AndUnmapTheDemotedConnectionsNotSynchronizedFields(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        using var host = await ConnectionsHost.StartAsync(database, ct);
        var alpha = await AddAsync(host, "alpha", ConnectionRole.Primary, ct, new FieldMapping(
        [
            new(BuiltInField.StartDate, FieldMappingMode.TwoWay, "customfield_10015"), new(BuiltInField.Progress, FieldMappingMode.NotSynchronized),
        ]));
        var beta = await AddAsync(host, "beta", ConnectionRole.Secondary, ct);

        var change = await host.Services.GetRequiredService<ConnectionAdministration>().MakePrimaryAsync(beta, Admin, ct);

        await using var db = database.CreateContext();
        var rows = await db.Connections.AsNoTracking().ToDictionaryAsync(c => c.Name, ct);
        Assert.Equal(ConnectionChangeStatus.Done, change.Status);
        Assert.Equal((ConnectionRole.Secondary, ConnectionRole.Primary), (rows["alpha"].Role, rows["beta"].Role));
        Assert.Equal([BuiltInField.StartDate], rows["alpha"].ReadFieldMapping().Entries.Select(e => e.Field));
        var audited = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.ConnectionPrimaryChanged, ct);
        Assert.Equal((Admin.UserId, beta.ToString()), (audited.ActorUserId, audited.TargetId));
        Assert.Contains("\"field\":\"primary\",\"old\":\"alpha\",\"new\":\"beta\"", audited.Details, StringComparison.Ordinal);
        Assert.Contains("alpha.progress", audited.Details, StringComparison.Ordinal);
        Assert.NotEqual(alpha, beta);
    }

    [Theory]
    [DatabaseData]
    public async Task Delete_ShouldRemoveTheConnectionsTasksLinksAndAppDependencies_AndNothingOfOthers(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        using var host = await ConnectionsHost.StartAsync(database, ct);
        var alpha = await AddAsync(host, "alpha", ConnectionRole.Primary, ct);
        var beta = await AddAsync(host, "beta", ConnectionRole.Secondary, ct);
        await using (var db = database.CreateContext())
        {
            db.Tasks.AddRange(Task(alpha, 1), Task(alpha, 2), Task(beta, 1), Task(beta, 2));
            db.TaskLinks.AddRange(Link(alpha, 100, 1, 2), Link(beta, 100, 1, 2));
            db.AppDependencies.AddRange(Dependency(alpha, 1, beta, 1), Dependency(beta, 1, beta, 2));
            await db.SaveChangesAsync(ct);
        }

        var change = await host.Services.GetRequiredService<ConnectionAdministration>().DeleteAsync(beta, Admin, ct);

        await using var check = database.CreateContext();
        Assert.Equal(ConnectionChangeStatus.Done, change.Status);
        Assert.Equal(["alpha"], await check.Connections.Select(c => c.Name).ToListAsync(ct));
        Assert.All(await check.Tasks.ToListAsync(ct), t => Assert.Equal(alpha, t.ConnectionId));
        Assert.Equal(2, await check.Tasks.CountAsync(ct));
        Assert.Equal(alpha, (await check.TaskLinks.SingleAsync(ct)).ConnectionId);
        Assert.Empty(await check.AppDependencies.ToListAsync(ct)); // both touched beta: the cross-site one goes too
        Assert.Contains(change.Notes, n => n.Contains("Removed 2 tasks, 1 issue links and 2 app-only dependencies", StringComparison.Ordinal));
        Assert.Single(await check.AuditEntries.Where(e => e.Action == AuditActions.ConnectionDeleted).ToListAsync(ct));
    }

    [Theory]
    [DatabaseData]
    public async Task Create_ShouldStoreTheTokenOnlyEncrypted_AndAuditWithoutIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        using var host = await ConnectionsHost.StartAsync(database, ct);
        const string token = "ATATT3xFfGF0-stored-encrypted-only-0123456789";

        // Plain http to a remote host fails the first check at once: the connection is saved, invalid, with no network call.
        var change = await host.Services.GetRequiredService<ConnectionAdministration>().CreateAsync(
            new NewConnection("beta", "http://beta.example.com", "bot@beta.example.com", token), Admin, ct);

        await using var db = database.CreateContext();
        var row = await db.Connections.AsNoTracking().SingleAsync(ct);
        var audit = string.Join('\n', await db.AuditEntries.AsNoTracking().Select(e => e.Action + " " + e.Details).ToListAsync(ct));
        Assert.Equal((ConnectionStatus.Invalid, ConnectionRole.Primary), (row.Status, row.Role));
        Assert.Contains("plain http", row.StatusReason, StringComparison.Ordinal);
        Assert.Equal(CheckOutcome.Failed, change.Checks![ConnectionCheckNames.Https]!.Outcome);
        Assert.DoesNotContain(token, row.ProtectedApiToken, StringComparison.Ordinal);
        Assert.Equal(token, host.Services.GetRequiredService<ConnectionSecrets>().UnprotectApiToken(row.ProtectedApiToken));
        Assert.Contains(AuditActions.ConnectionCreated, audit, StringComparison.Ordinal);
        Assert.DoesNotContain(token, audit, StringComparison.Ordinal);
    }

    private static async Task<Guid> AddAsync(IHost host, string name, ConnectionRole role, CancellationToken ct, FieldMapping? mapping = null)
    {
        var secrets = host.Services.GetRequiredService<ConnectionSecrets>();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        var connection = new Connection
        {
            Id = Guid.NewGuid(),
            Name = name,
            BaseUrl = $"https://{name}.atlassian.net",
            Email = $"bot@{name}.test",
            ProtectedApiToken = secrets.ProtectApiToken("token"),
            ProtectedWebhookSecret = secrets.ProtectWebhookSecret(ConnectionSecrets.NewWebhookSecret()),
            Role = role,
            Status = ConnectionStatus.Valid,
        };
        connection.WriteFieldMapping(mapping ?? FieldMapping.Empty);
        db.Connections.Add(connection);
        await db.SaveChangesAsync(ct);
        return connection.Id;
    }

    private static TaskRecord Task(Guid connectionId, long issueId) => new()
    {
        ConnectionId = connectionId,
        IssueId = issueId,
        IssueKey = $"P-{issueId}",
        ProjectId = "10000",
        ProjectKey = "P",
        IssueTypeId = "10001",
        IssueTypeName = "Task",
        StatusId = "1",
        StatusName = "To Do",
        Updated = DateTimeOffset.UnixEpoch,
    };

    private static TaskLinkRecord Link(Guid connectionId, long linkId, long source, long destination) => new()
    {
        ConnectionId = connectionId,
        LinkId = linkId,
        LinkTypeId = "10000",
        SourceIssueId = source,
        DestinationIssueId = destination,
    };

    private static AppDependencyRecord Dependency(Guid fromConnection, long fromIssue, Guid toConnection, long toIssue) => new()
    {
        Id = Guid.NewGuid(),
        PredecessorConnectionId = fromConnection,
        PredecessorIssueId = fromIssue,
        SuccessorConnectionId = toConnection,
        SuccessorIssueId = toIssue,
        Type = DependencyType.FS,
        Strength = DependencyStrength.Strong,
    };
}
