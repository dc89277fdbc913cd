using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Data.Sync;
using Panorama.JiraSim;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Chaos;

/// <summary>
/// SPEC 5 "Convergence": three simulated sites, hundreds of random edits from Jira and from Panorama, 10% of webhooks
/// dropped and 10% duplicated, reordering, 2% 429s, a 30-second outage of one site and a restart of the Panorama host
/// mid-run. After quiescence the store must equal every site's ground truth in every synced field and link. The seed
/// (CHAOS_SEED to replay one) is printed on failure.
/// </summary>
public sealed class ChaosConvergenceTests
{
    private static readonly TimeSpan EditFor = TimeSpan.FromSeconds(36);
    private static readonly TimeSpan OutageAt = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RestartAt = TimeSpan.FromSeconds(16);

    [Fact]
    public async Task TheStore_ShouldEqualJira_AfterChaos()
    {
        var ct = TestContext.Current.CancellationToken;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CHAOS_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var log = TestContext.Current.TestOutputHelper;
        log?.WriteLine($"chaos seed {seed}");
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions
        {
            SiteNames = ["alpha", "beta", "gamma"],
            IssuesPerSite = 80,
            Seed = seed,
        }, ct);
        await sites.WaitForImportAsync(ct);
        foreach (var site in sites.Sites)
        {
            site.Sim.Faults = new FaultSettings { Drop = 0.1, Duplicate = 0.1, Reorder = 0.2, DelayMs = 300, Http429 = 0.02 };
        }

        var actor = new ChaosActor(sites, new Random(seed));
        var clock = Stopwatch.StartNew();
        bool outage = false, restarted = false;
        // At least 200 edits however slow the machine is (a loaded CI runner manages fewer steps per second), within bounds.
        while (clock.Elapsed < EditFor || (actor.JiraSteps + actor.PanoramaSteps < 200 && clock.Elapsed < EditFor * 3))
        {
            if (!outage && clock.Elapsed >= OutageAt)
            {
                sites.Sites[1].Sim.StartOutage(Outage);
                outage = true;
            }

            if (!restarted && clock.Elapsed >= RestartAt)
            {
                actor.Reconnect();
                await sites.RestartAsync(ct, TimeSpan.FromSeconds(1));
                restarted = true;
            }

            await actor.StepAsync(ct);
            await Task.Delay(40, ct);
        }

        var quietSince = await WaitForQuietAsync(sites, ct);
        await Wait.UntilAsync(async () => await SweptSinceAsync(sites, quietSince, ct), TimeSpan.FromSeconds(60),
            "a reconciliation with a sweep of every connection after the last change", ct, () => StoreDiff.ExplainAsync(sites, ct));
        var differences = await StoreDiff.ExplainAsync(sites, ct);

        var stats = sites.Sites.Select(s => s.Sim.Stats).ToList();
        var summary = $"seed {seed}: {actor.JiraSteps} Jira edits, {actor.PanoramaSteps} Panorama edits ({actor.Refused} refused); " +
            $"webhooks sent {stats.Sum(s => s.WebhooksSent)}, dropped {stats.Sum(s => s.WebhooksDropped)}, duplicated {stats.Sum(s => s.WebhooksDuplicated)}, " +
            $"reordered {stats.Sum(s => s.WebhooksReordered)}; 429s {stats.Sum(s => s.Responses429)}, 5xx {stats.Sum(s => s.Responses5xx)}";
        log?.WriteLine(summary);
        Assert.True(differences == "no differences", $"Chaos run with {summary} did not converge. {differences}");
        Assert.True(actor.JiraSteps + actor.PanoramaSteps >= 200, summary);
        Assert.True(stats.Sum(s => s.WebhooksDropped) > 0 && stats.Sum(s => s.WebhooksDuplicated) > 0 && stats.Sum(s => s.Responses429) > 0, summary);
    }

    /// <summary>Waits until every connection is valid and nothing is waiting in the inbox or outbox; returns that moment.</summary>
    private static async Task<DateTimeOffset> WaitForQuietAsync(SyncedSites sites, CancellationToken ct)
    {
        await Wait.UntilAsync(async () =>
        {
            await using var db = await sites.DbAsync(ct);
            return await db.Connections.AllAsync(c => c.Status == ConnectionStatus.Valid, ct)
                && !await db.WebhookDeliveries.AnyAsync(d => d.State == WebhookDeliveryState.Pending, ct)
                && !await db.WriteBackOperations.AnyAsync(o => o.State == WriteBackOperationStatus.Pending || o.State == WriteBackOperationStatus.Sending, ct);
        }, TimeSpan.FromSeconds(90), "every connection valid with an empty inbox and outbox", ct, () => StoreDiff.ExplainAsync(sites, ct));
        return DateTimeOffset.UtcNow;
    }

    private static async Task<bool> SweptSinceAsync(SyncedSites sites, DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await sites.DbAsync(ct);
        var states = await db.SyncStates.AsNoTracking().ToListAsync(ct);
        return states.Count == sites.Sites.Count && states.All(s => s.LastSweepAt > since && s.LastReconciledAt > since);
    }
}
