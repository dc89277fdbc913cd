using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;
using Panorama.Data;
using Panorama.Data.Database;
using Panorama.Sync.Connections;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;
using Panorama.Sync.Tests.Support;
using Panorama.Testing.Databases;

namespace Panorama.Sync.Tests.Store;

public sealed class TaskStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [DatabaseData]
    public async Task WriteAsync_ShouldKeepTheNewestState_WhateverOrderStatesArriveIn(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        var connection = await StoreServices.AddConnectionAsync(services, ct);
        var store = services.GetRequiredService<TaskStore>();

        var newer = await store.WriteAsync(Write(connection, Row(connection, 1, T0.AddMinutes(2), "2026-04-01")), ct);
        var older = await store.WriteAsync(Write(connection, Row(connection, 1, T0, "2026-01-01")), ct);
        var task = await TaskAsync(services, connection, 1, ct);

        Assert.Equal([1L], newer.Changed);
        Assert.Empty(older.Changed);
        Assert.Equal(new DateOnly(2026, 4, 1), task.StartDate);
        Assert.Equal(T0.AddMinutes(2), task.Updated);
        Assert.Equal(newer.ChangeVersion, task.ChangeVersion);
        Assert.DoesNotContain("description", task.FieldsJson, StringComparison.Ordinal);
        Assert.Equal(connection.Id, task.ConnectionId);
    }

    [Theory]
    [DatabaseData]
    public async Task AnImportBatch_ShouldStoreTheIssuesFields_WithEveryCharacterIntact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        var connection = await StoreServices.AddConnectionAsync(services, ct);
        var store = services.GetRequiredService<TaskStore>();
        var summary = string.Concat(Enumerable.Repeat("Überprüfung der Pläne ✓ 計画 \"quoted\" ", 40));
        var row = TaskRowReader.Read(Issues.Issue(1, "OPS-1", T0, summary: summary), connection, compressFields: store.KeepsCompressedFields)!;

        await store.WriteAsync(new TaskWrite { Connection = connection, Rows = [row], FromImport = true, Force = true }, ct);

        var task = await TaskAsync(services, connection, 1, ct);
        using var fields = JsonDocument.Parse(task.FieldsJson);
        Assert.Equal(summary, fields.RootElement.GetProperty("summary").GetString());
        Assert.Equal(summary, task.Summary);
        Assert.Equal(provider == DatabaseProvider.Sqlite, store.KeepsCompressedFields);
        if (provider == DatabaseProvider.Sqlite)
        {
            // SQLite keeps large fields compressed (about three times smaller for real Jira fields).
            await using var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
            var type = await db.Database.SqlQueryRaw<string>("SELECT typeof(\"FieldsJson\") AS \"Value\" FROM tasks").SingleAsync(ct);
            var length = await db.Database.SqlQueryRaw<long>("SELECT length(\"FieldsJson\") AS \"Value\" FROM tasks").SingleAsync(ct);
            Assert.Equal("blob", type);
            Assert.True(length < row.FieldsUtf8.Length / 2, $"{row.FieldsUtf8.Length} bytes of fields took {length} bytes.");
        }
    }

    [Fact]
    public async Task ASqliteConnection_ShouldKeepItsStatementJournalsInMemory()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        await using var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);

        await db.Database.OpenConnectionAsync(ct);
        var tempStore = await db.Database.SqlQueryRaw<long>("SELECT temp_store AS \"Value\" FROM pragma_temp_store").SingleAsync(ct);

        Assert.Equal(2, tempStore); // MEMORY: an upsert's statement journal costs no file writes
    }

    [Theory]
    [DatabaseData]
    public async Task WriteAsync_ShouldNeverResurrectATombstone_WhenALaterStateArrives(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        var connection = await StoreServices.AddConnectionAsync(services, ct);
        var store = services.GetRequiredService<TaskStore>();

        await store.WriteAsync(Write(connection, Row(connection, 1, T0)), ct);
        await store.WriteAsync(new TaskWrite { Connection = connection, Tombstones = [new Tombstone(1, "OPS-1", "OPS"), new Tombstone(2, "OPS-2", "OPS")] }, ct);
        var late = await store.WriteAsync(Write(connection, Row(connection, 1, T0.AddHours(1)), Row(connection, 2, T0.AddHours(1))), ct);

        Assert.Empty(late.Changed);
        Assert.NotNull((await TaskAsync(services, connection, 1, ct)).DeletedAt);
        Assert.NotNull((await TaskAsync(services, connection, 2, ct)).DeletedAt);
    }

    [Theory]
    [DatabaseData]
    public async Task WriteAsync_ShouldKeepPanoramaOnlyValues_AndIncreaseTheChangeVersion(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        var connection = await StoreServices.AddConnectionAsync(services, ct);
        var store = services.GetRequiredService<TaskStore>();

        var first = await store.WriteAsync(Write(connection, Row(connection, 1, T0)), ct);
        var local = await store.SetValuesAsync(connection.Id, 1, new Dictionary<BuiltInField, object?> { [BuiltInField.Progress] = 40.0 }, awaitingJira: false, ct);
        var second = await store.WriteAsync(Write(connection, Row(connection, 1, T0.AddMinutes(1)) with { Progress = 99 }), ct);
        var task = await TaskAsync(services, connection, 1, ct);

        Assert.Equal(40.0, task.Progress);
        Assert.True(first.ChangeVersion < local && local < second.ChangeVersion);
        Assert.Equal(second.ChangeVersion, task.ChangeVersion);
    }

    [Theory]
    [DatabaseData]
    public async Task WriteAsync_ShouldReplaceTheLinksOfAnIssue_FromItsBody(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        var connection = await StoreServices.AddConnectionAsync(services, ct);
        var store = services.GetRequiredService<TaskStore>();
        var feed = services.GetRequiredService<TaskChangeFeed>();
        var batches = new List<TaskChangeBatch>();
        using var subscription = feed.Subscribe(batches.Add);

        await store.WriteAsync(Write(connection, Row(connection, 1, T0, links: [(500, "10000", true, 2)]), Row(connection, 2, T0, links: [(500, "10000", false, 1)])), ct);
        var afterCreate = await LinksAsync(services, connection, ct);
        await store.WriteAsync(Write(connection, Row(connection, 1, T0.AddMinutes(1), links: [(501, "10000", false, 2)])), ct);
        var afterReplace = await LinksAsync(services, connection, ct);
        await store.WriteAsync(new TaskWrite { Connection = connection, DeletedLinks = [501] }, ct);

        Assert.Equal([(500L, 1L, 2L)], afterCreate);
        Assert.Equal([(501L, 2L, 1L)], afterReplace);
        Assert.Empty(await LinksAsync(services, connection, ct));
        Assert.Equal(3, batches.Count);
        Assert.Equal([1L, 2L], batches[^1].IssueIds);
        Assert.True(batches[0].ChangeVersion < batches[1].ChangeVersion && batches[1].ChangeVersion < batches[2].ChangeVersion);
    }

    [Theory]
    [DatabaseData]
    public async Task WriteAsync_ShouldMarkIssuesOutOfScope_AndBringThemBack(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        var connection = await StoreServices.AddConnectionAsync(services, ct);
        var store = services.GetRequiredService<TaskStore>();
        var scope = new ScopeVerdicts([Core.Scope.ScopeIntegration.Create(connection.Id, ["OPS"], null).Value]);

        await store.WriteAsync(new TaskWrite { Connection = connection, Rows = [Row(connection, 1, T0), Row(connection, 2, T0, project: "HR")], Scope = scope }, ct);
        var inserted = await IdsAsync(services, connection, ct);
        await store.WriteAsync(new TaskWrite { Connection = connection, Rows = [Row(connection, 1, T0.AddMinutes(1), project: "HR")], Scope = scope }, ct);
        var left = (await TaskAsync(services, connection, 1, ct)).OutOfScopeAt;
        await store.WriteAsync(new TaskWrite { Connection = connection, Rows = [Row(connection, 1, T0.AddMinutes(2))], Scope = scope }, ct);

        Assert.Equal([1L], inserted);
        Assert.NotNull(left);
        Assert.Null((await TaskAsync(services, connection, 1, ct)).OutOfScopeAt);
    }

    [Theory]
    [DatabaseData]
    public async Task WorkCommittedWithAWrite_ShouldCommitEvenWhenNoTaskChanged_AndRollBackWithAFailedWrite(DatabaseProvider provider)
    {
        // The inbox marks its deliveries applied in the transaction that wrote what they said: an old state (nothing
        // to change) must still be marked, and a write that fails must leave both the task and the mark as they were.
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var services = await StoreServices.CreateAsync(database, ct);
        var connection = await StoreServices.AddConnectionAsync(services, ct);
        var store = services.GetRequiredService<TaskStore>();
        await AddDeliveriesAsync(services, connection, ct, "old", "failing");
        await store.WriteAsync(Write(connection, Row(connection, 1, T0.AddMinutes(5), "2026-04-01")), ct);

        var old = await store.WriteAsync(new TaskWrite
        {
            Connection = connection,
            Rows = [Row(connection, 1, T0, "2026-01-01")],
            AlsoCommit = MarkApplied("old"),
        }, ct);
        var failing = new TaskWrite
        {
            Connection = connection,
            Rows = [Row(connection, 1, T0.AddMinutes(10), "2026-06-01")],
            AlsoCommit = async (command, dialect, token) =>
            {
                await MarkApplied("failing")(command, dialect, token);
                throw new InvalidOperationException("The write fails after the mark.");
            },
        };
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(failing, ct));

        Assert.Empty(old.Changed);
        Assert.Equal(new DateOnly(2026, 4, 1), (await TaskAsync(services, connection, 1, ct)).StartDate);
        await using var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        var states = await db.WebhookDeliveries.ToDictionaryAsync(d => d.Identifier, d => d.State, ct);
        Assert.Equal(Data.Sync.WebhookDeliveryState.Applied, states["old"]);
        Assert.Equal(Data.Sync.WebhookDeliveryState.Pending, states["failing"]);
    }

    private static Func<System.Data.Common.DbCommand, SqlDialect, CancellationToken, Task> MarkApplied(string identifier) =>
        async (command, _, token) =>
        {
            command.CommandText = $"UPDATE webhook_deliveries SET \"State\" = 'Applied' WHERE \"Identifier\" = '{identifier}'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(token));
        };

    private static async Task AddDeliveriesAsync(IServiceProvider services, SyncConnection connection, CancellationToken ct, params string[] identifiers)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        db.WebhookDeliveries.AddRange(identifiers.Select(identifier => new Data.Sync.WebhookDelivery
        {
            ConnectionId = connection.Id,
            Identifier = identifier,
            Event = "jira:issue_updated",
            Body = "{}",
            ReceivedAt = T0,
        }));
        await db.SaveChangesAsync(ct);
    }

    private static TaskWrite Write(SyncConnection connection, params TaskRow[] rows) => new() { Connection = connection, Rows = rows };

    private static TaskRow Row(SyncConnection connection, long id, DateTimeOffset updated, string? start = null, string project = "OPS",
        IEnumerable<(long, string, bool, long)>? links = null) =>
        TaskRowReader.Read(Issues.Issue(id, $"{project}-{id}", updated, start, project: project, links: links), connection)!;

    private static async Task<Data.Tasks.TaskRecord> TaskAsync(IServiceProvider services, SyncConnection connection, long id, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        return await db.Tasks.AsNoTracking().SingleAsync(t => t.ConnectionId == connection.Id && t.IssueId == id, ct);
    }

    private static async Task<List<long>> IdsAsync(IServiceProvider services, SyncConnection connection, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        return await db.Tasks.Where(t => t.ConnectionId == connection.Id).Select(t => t.IssueId).OrderBy(i => i).ToListAsync(ct);
    }

    private static async Task<List<(long, long, long)>> LinksAsync(IServiceProvider services, SyncConnection connection, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        var links = await db.TaskLinks.Where(l => l.ConnectionId == connection.Id).OrderBy(l => l.LinkId).ToListAsync(ct);
        return [.. links.Select(l => (l.LinkId, l.SourceIssueId, l.DestinationIssueId))];
    }
}
