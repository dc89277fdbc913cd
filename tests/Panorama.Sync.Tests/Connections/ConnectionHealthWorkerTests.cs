using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Panorama.Core.Connections;
using Panorama.Data.Audit;
using Panorama.Data.Database;
using Panorama.JiraSim;
using Panorama.Sync.Connections.Administration;
using Panorama.Testing.Databases;

namespace Panorama.Sync.Tests.Connections;

/// <summary>The periodic health check on a fake clock: every interval it moves a connection valid -> invalid and back.</summary>
public sealed class ConnectionHealthWorkerTests
{
    [Fact]
    public async Task TheWorker_ShouldCheckEveryInterval_AndFollowAnOutageAndItsRecovery()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { IssuesPerSite = 20 }, ct);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        // No retries: their waits would run on the fake clock too.
        var host = await ConnectionsHost.StartAsync(database, ct, time, ("Jira:Retry:MaxRetryAttempts", "0"),
            ("Connections:HealthCheckInterval", "00:05:00"));
        try
        {
            var site = jira["alpha"];
            var created = await host.Services.GetRequiredService<ConnectionAdministration>().CreateAsync(
                new NewConnection("alpha", site.BaseUrl, site.Email, site.ApiToken), AuditActor.System, ct);
            var id = created.Connection!.Id;

            site.StartOutage(TimeSpan.FromMinutes(30));
            time.Advance(TimeSpan.FromMinutes(4));
            await Task.Delay(200, ct);
            var beforeTheInterval = await StatusAsync(database, id, ct);
            var during = await AdvanceUntilAsync(time, database, id, ConnectionStatus.Invalid, ct);
            site.StartOutage(TimeSpan.Zero);
            var after = await AdvanceUntilAsync(time, database, id, ConnectionStatus.Valid, ct);

            Assert.Equal(ConnectionStatus.Valid, created.Connection.Status);
            Assert.Equal(ConnectionStatus.Valid, beforeTheInterval.Status);
            Assert.Equal(ConnectionStatus.Invalid, during.Status);
            Assert.Contains("HTTP 503", during.Reason, StringComparison.Ordinal);
            Assert.Equal((ConnectionStatus.Valid, null), after);
        }
        finally
        {
            await ConnectionsHost.StopAsync(host, time);
        }
    }

    private static async Task<(ConnectionStatus Status, string? Reason)> AdvanceUntilAsync(FakeTimeProvider time, TestDatabase database, Guid id,
        ConnectionStatus expected, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            for (var poll = 0; poll < 20; poll++)
            {
                var now = await StatusAsync(database, id, ct);
                if (now.Status == expected)
                {
                    return now;
                }

                await Task.Delay(50, ct);
            }
        }

        return await StatusAsync(database, id, ct);
    }

    private static async Task<(ConnectionStatus Status, string? Reason)> StatusAsync(TestDatabase database, Guid id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var row = await db.Connections.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        return (row.Status, row.StatusReason);
    }
}
