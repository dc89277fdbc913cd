using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Panorama.Data.Audit;
using Panorama.Data.Database;
using Panorama.Testing.Databases;

namespace Panorama.Data.Tests.Audit;

public sealed class AuditLogTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly AuditActor Ada = new(Guid.NewGuid(), "Ada@Panorama.test");
    private static readonly AuditActor Bob = new(Guid.NewGuid(), "bob@panorama.test");

    [Theory]
    [DatabaseData]
    public async Task RecordAsync_ShouldKeepEachFieldsOldAndNewValue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var log = new AuditLog(new Contexts(database), new FakeTimeProvider(Noon));
        var connection = Guid.NewGuid();

        await log.RecordAsync(new AuditEvent(AuditActions.JiraWrite)
        {
            Actor = Ada,
            TargetType = "issue",
            TargetId = "10001",
            ConnectionId = connection,
            IssueKey = "ALPHA-1",
            Changes =
            [
                new("startDate", "2026-01-05", "2026-01-12"),
                new("storyPoints", null, 5),
                new("assignee", new JsonObject { ["accountId"] = "a1" }, null),
            ],
        }, ct);

        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(ct);
        Assert.Equal(Noon, entry.At);
        Assert.Equal(connection, entry.ConnectionId);
        Assert.Equal("ALPHA-1", entry.IssueKey);
        var changes = AuditDetails.Deserialize(entry.Details)!.Changes;
        Assert.Equal(["startDate", "storyPoints", "assignee"], changes.Select(c => c.Field));
        Assert.Equal("2026-01-12", changes[0].New!.GetValue<string>());
        Assert.Null(changes[1].Old);
        Assert.Equal(5, changes[1].New!.GetValue<int>());
        Assert.Equal("a1", changes[2].Old!["accountId"]!.GetValue<string>());
    }

    [Theory]
    [DatabaseData]
    public async Task QueryAsync_ShouldFilterByActionActorAndTime_NewestFirst(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var time = new FakeTimeProvider(Noon);
        var log = new AuditLog(new Contexts(database), time);
        foreach (var (action, actor) in new[]
        {
            (AuditActions.UserCreated, Ada), (AuditActions.UserDeleted, Bob), (AuditActions.SignInFailed, Bob),
            (AuditActions.UserCreated, Bob), (AuditActions.TokenCreated, Ada),
        })
        {
            await log.RecordAsync(new AuditEvent(action) { Actor = actor }, ct);
            time.Advance(TimeSpan.FromMinutes(10));
        }

        await using var db = database.CreateContext();
        var reader = new AuditLogReader(db);

        var users = await reader.QueryAsync(new AuditQuery(Action: "user.*"), ct);
        Assert.Equal([AuditActions.UserCreated, AuditActions.UserDeleted, AuditActions.UserCreated], users.Items.Select(e => e.Action));
        Assert.Equal(3, users.Total);

        Assert.Equal(2, (await reader.QueryAsync(new AuditQuery(Action: AuditActions.UserCreated), ct)).Total);
        Assert.Equal(2, (await reader.QueryAsync(new AuditQuery(Actor: "ada@panorama.TEST"), ct)).Total);
        Assert.Equal(3, (await reader.QueryAsync(new AuditQuery(ActorUserId: Bob.UserId), ct)).Total);

        var window = await reader.QueryAsync(new AuditQuery(From: Noon.AddMinutes(10), To: Noon.AddMinutes(30)), ct);
        Assert.Equal([AuditActions.SignInFailed, AuditActions.UserDeleted], window.Items.Select(e => e.Action));

        var page = await reader.QueryAsync(new AuditQuery(Offset: 1, Limit: 2), ct);
        Assert.Equal(5, page.Total);
        Assert.Equal([AuditActions.UserCreated, AuditActions.SignInFailed], page.Items.Select(e => e.Action));
    }

    private sealed class Contexts(TestDatabase database) : IDbContextFactory<PanoramaDbContext>
    {
        public PanoramaDbContext CreateDbContext() => database.CreateContext();
    }
}
