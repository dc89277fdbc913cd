using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Health;
using Panorama.Web.Connections;

namespace Panorama.Web.Tests.Connections;

/// <summary>Rule 5: the health check turns a connection invalid when its site stops working, and valid again.</summary>
public sealed class ConnectionHealthTests
{
    [Fact]
    public async Task AnOutage_ShouldTurnTheConnectionInvalid_AndRecovery_ShouldTurnItValidAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct);
        var health = app.Services.GetRequiredService<ConnectionHealthCheck>();
        using var sim = new HttpClient { BaseAddress = new Uri(jira["alpha"].BaseUrl) };

        (await sim.PostAsJsonAsync("/_sim/outage", new { seconds = 600 }, ct)).EnsureSuccessStatusCode();
        await health.RunOnceAsync(ct);
        var during = await admin.GetAsync<ConnectionResponse>($"/api/connections/{alpha.Connection.Id}", ct);
        var otherDuring = await admin.GetAsync<ConnectionResponse>($"/api/connections/{beta.Connection.Id}", ct);
        (await sim.PostAsJsonAsync("/_sim/outage", new { seconds = 0 }, ct)).EnsureSuccessStatusCode();
        await health.RunOnceAsync(ct);
        var after = await admin.GetAsync<ConnectionResponse>($"/api/connections/{alpha.Connection.Id}", ct);

        Assert.Equal("invalid", during.Status);
        Assert.Contains("HTTP 503", during.StatusReason, StringComparison.Ordinal);
        Assert.Contains("valid again by itself", during.StatusReason, StringComparison.Ordinal);
        Assert.Equal("valid", otherDuring.Status);
        Assert.Equal("valid", after.Status);
        Assert.Null(after.StatusReason);
    }

    [Fact]
    public async Task ARevokedToken_ShouldTurnTheConnectionInvalid_AndWarnInTheLog()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        using var sim = new HttpClient { BaseAddress = new Uri(jira["alpha"].BaseUrl) };

        // An expired token: the simulator answers 401 to every request with it.
        (await sim.PutAsJsonAsync($"/_sim/users/{jira["alpha"].Email}", new { token = "" }, ct)).EnsureSuccessStatusCode();
        app.Services.GetRequiredService<ConnectionCredentialSource>().Forget(alpha.Connection.Id);
        await app.Services.GetRequiredService<ConnectionHealthCheck>().RunOnceAsync(ct);
        var after = await admin.GetAsync<ConnectionResponse>($"/api/connections/{alpha.Connection.Id}", ct);

        Assert.Equal("invalid", after.Status);
        Assert.Contains("the API token was rejected", after.StatusReason, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("stopped working", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StatusChanges_ShouldReachTheRegisteredStatusListeners()
    {
        var ct = TestContext.Current.CancellationToken;
        var listener = new RecordingStatusListener();
        await using var app = new ConnectionsAppFactory(configure: s => s.AddSingleton<IConnectionStatusListener>(listener));
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        jira["alpha"].StartOutage(TimeSpan.FromMinutes(10));
        await app.Services.GetRequiredService<ConnectionHealthCheck>().RunOnceAsync(ct);
        jira["alpha"].StartOutage(TimeSpan.Zero);
        await app.Services.GetRequiredService<ConnectionHealthCheck>().RunOnceAsync(ct);

        Assert.Equal([ConnectionStatus.Valid, ConnectionStatus.Invalid, ConnectionStatus.Valid],
            listener.Changes.Where(c => c.Id == alpha.Connection.Id).Select(c => c.Status));
    }

    private sealed class RecordingStatusListener : IConnectionStatusListener
    {
        public List<(Guid Id, ConnectionStatus Status)> Changes { get; } = [];

        public Task StatusChangedAsync(Guid connectionId, ConnectionStatus status, string? reason, CancellationToken cancellationToken)
        {
            lock (Changes)
            {
                Changes.Add((connectionId, status));
            }

            return Task.CompletedTask;
        }
    }
}
