using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Testing.Boxes;
using Panorama.Testing.Tasks;
using Panorama.Web.Boxes.Gantt;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Box snapshots follow the task store: on the next read, and at once when the sync engine's feed says so.</summary>
public sealed class KeepingBoxesFreshTests
{
    [Fact]
    public async Task WhatSyncWritesToTheStore_ShouldShowOnTheNextRead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        Assert.Equal(10, (await admin.GetWbsAsync(box.Id)).TaskKeys().Count);

        await app.Seeder.UpdateTaskAsync(Alpha.Id, Ops2, t => t.Summary = "Design the login (v2)", ct);
        await app.Seeder.DeleteTaskAsync(Alpha.Id, Ops4, ct);
        await app.Seeder.AddTasksAsync([SeedTasks.Task(Alpha, 10006, "OPS-5", "Ship it", parent: Ops1)], ct);
        await app.Seeder.AddTasksAsync([SeedTasks.Task(Alpha, 10007, "HR-1", "Out of scope")], ct);

        var wbs = await admin.GetWbsAsync(box.Id);
        Assert.Equal("Design the login (v2)", Assert.Single(wbs.Rows, r => r.Task?.Key == "OPS-2").Label);
        Assert.DoesNotContain("OPS-4", wbs.TaskKeys());
        Assert.DoesNotContain("HR-1", wbs.TaskKeys());
        Assert.Equal(Assert.Single(wbs.Rows, r => r.Task?.Key == "OPS-1").Index, Assert.Single(wbs.Rows, r => r.Task?.Key == "OPS-5").Parent);
    }

    [Fact]
    public async Task ALinkDeletedFromTheStore_ShouldLeaveTheGantt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        Assert.Equal(2, (await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt")).Dependencies.Count);

        await app.Seeder.RemoveLinkAsync(Beta.Id, 2001, ct);

        var gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");
        Assert.Equal($"link:{Alpha.Id:N}:1001", Assert.Single(gantt.Dependencies).Id);
        Assert.Empty(gantt.Conflicts);
    }

    [Fact]
    public async Task AChangeFeedNotification_ShouldRefreshABoxInUse_BeforeAnyoneReadsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory(withChangeFeed: true).StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        await admin.GetWbsAsync(box.Id);
        var cache = app.Services.GetRequiredService<BoxSnapshotCache>();
        var before = cache.Peek(box.Id)!;
        Assert.Equal(1, app.Feed!.SubscriberCount);

        await app.Seeder.UpdateTaskAsync(Beta.Id, Bet2, t => t.Summary = "Install the gateway (moved)", ct);
        app.Feed.Publish(new TaskChangeBatch(Beta.Id, [Bet2], 0));

        var refreshed = await WaitForAsync(() => cache.Peek(box.Id) is { } b && b.Generation > before.Generation ? b : null, ct);
        Assert.Equal("Install the gateway (moved)", refreshed.Tasks.Find(new TaskKey(Beta.Id, Bet2))!.Summary);
        Assert.Equal(before.Tasks.Count, refreshed.Tasks.Count);
    }

    [Fact]
    public async Task TheGanttPayload_ShouldCarryAnEntityTag_AndAnswer304UntilTheBoxChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var first = await admin.GetAsync($"/api/boxes/{box.Id}/gantt", ct);
        await first.ExpectAsync(System.Net.HttpStatusCode.OK);
        var etag = first.Headers.ETag!;

        using var unchanged = new HttpRequestMessage(HttpMethod.Get, $"/api/boxes/{box.Id}/gantt");
        unchanged.Headers.IfNoneMatch.Add(etag);
        using var notModified = await admin.SendAsync(unchanged, ct);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);

        await app.Seeder.UpdateTaskAsync(Alpha.Id, Ops2, t => t.EndDate = Day(12), ct);
        using var changed = new HttpRequestMessage(HttpMethod.Get, $"/api/boxes/{box.Id}/gantt");
        changed.Headers.IfNoneMatch.Add(etag);
        using var fresh = await admin.SendAsync(changed, ct);
        var gantt = await fresh.ExpectAsync<GanttResponse>(System.Net.HttpStatusCode.OK);
        Assert.NotEqual(etag, fresh.Headers.ETag);
        Assert.Equal(Day(12), Assert.Single(gantt.Tasks, t => t.Key == "OPS-2").End);
    }

    [Fact]
    public async Task AClientThatAcceptsGzip_ShouldGetTheSameGanttCompressed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var plain = await admin.GetAsync($"/api/boxes/{box.Id}/gantt", ct);
        await plain.ExpectAsync(System.Net.HttpStatusCode.OK);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync(ct);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(plainBytes.Length, plain.Content.Headers.ContentLength);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/boxes/{box.Id}/gantt");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var compressed = await admin.SendAsync(request, ct);
        await compressed.ExpectAsync(System.Net.HttpStatusCode.OK);
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        await using var gzip = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(ct), System.IO.Compression.CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await gzip.CopyToAsync(decoded, ct);
        Assert.Equal(plainBytes, decoded.ToArray());
        Assert.Contains("\"OPS-2\"", System.Text.Encoding.UTF8.GetString(decoded.ToArray()), StringComparison.Ordinal);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe, CancellationToken ct)
        where T : class
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(20, ct);
        }

        throw new TimeoutException("The box snapshot was not refreshed within 10 seconds of the notification.");
    }
}
