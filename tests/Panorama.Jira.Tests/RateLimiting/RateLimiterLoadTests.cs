using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Jira.Client;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.RateLimiting;

/// <summary>
/// Eight callers hammer one site through the real client pipeline, on fake time. Time only moves when every caller is
/// either finished or waiting in a limiter, so each request is stamped at the exact fake instant it leaves, and the
/// result is the same on every run. Then every span of each window's length is checked against Jira's limits.
/// </summary>
public sealed class RateLimiterLoadTests
{
    private const int Callers = 8;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(11)]
    [InlineData(2026)]
    public async Task EightCallers_ShouldNeverExceedTheBurstLimitOfAnyEndpoint(int seed)
    {
        // Callers 0-2 read issues, 3-4 read myself, 5-6 write issues, so every endpoint always has someone waiting
        // for it and its limit is really tested; caller 7 mixes all three in a seeded random order.
        var (sent, _) = await RunAsync(seed, operationsPerCaller: 150, (caller, client, random) =>
            (caller switch { < 3 => 0, < 5 => 1, < 7 => 2, _ => random.Next(3) }) switch
            {
                0 => client.GetIssueAsync($"OPS-{random.Next(1, 500)}", cancellationToken: Ct),
                1 => client.GetMyselfAsync(Ct),
                _ => client.EditIssueAsync($"OPS-{random.Next(1, 40)}", new JsonObject { ["duedate"] = "2026-03-31" },
                    cancellationToken: Ct),
            });

        var byEndpoint = sent.GroupBy(s => (s.Method, Endpoint(s.Path))).ToDictionary(g => g.Key, g => g.Select(s => s.At).ToList());
        Assert.Equal(Callers * 150, sent.Count);
        AssertWithin(seed, "GET issue", byEndpoint[("GET", "issue")], TimeSpan.FromSeconds(1), 150, mustReachLimit: true);
        AssertWithin(seed, "GET myself", byEndpoint[("GET", "myself")], TimeSpan.FromSeconds(1), 100, mustReachLimit: true);
        AssertWithin(seed, "PUT issue", byEndpoint[("PUT", "issue")], TimeSpan.FromSeconds(1), 50, mustReachLimit: true);
    }

    [Fact]
    public async Task EightCallersWritingOneIssue_ShouldStayUnder20Per2SecondsAnd100Per30Seconds()
    {
        var (sent, duration) = await RunAsync(seed: 7, operationsPerCaller: 30, (_, client, random) => random.Next(10) < 8
            ? client.EditIssueAsync("OPS-1", new JsonObject { ["customfield_10015"] = "2026-03-01" }, cancellationToken: Ct)
            : client.CreateIssueLinkAsync("10000", "OPS-1", $"OPS-{random.Next(2, 9)}", Ct));

        // A link is a write on both of its issues.
        var writesToOps1 = sent.Where(s => s.Method == "POST" || s.Path.EndsWith("/OPS-1", StringComparison.Ordinal))
            .Select(s => s.At).ToList();
        Assert.Equal(Callers * 30, writesToOps1.Count);
        AssertWithin(7, "writes to OPS-1", writesToOps1, TimeSpan.FromSeconds(2), 20, mustReachLimit: true);
        AssertWithin(7, "writes to OPS-1", writesToOps1, TimeSpan.FromSeconds(30), 100, mustReachLimit: true);

        // 240 writes at 100 per 30 s cannot finish before two full windows have passed.
        Assert.True(duration >= TimeSpan.FromSeconds(60), $"Finished after {duration}.");
    }

    private static async Task<(List<(string Method, string Path, DateTimeOffset At)> Sent, TimeSpan Duration)> RunAsync(
        int seed, int operationsPerCaller, Func<int, IJiraClient, Random, Task> operation)
    {
        RecordingHandler? handler = null;
        await using var host = JiraTestHost.Create(new Uri("https://load.atlassian.net"), services =>
            services.AddHttpClient(Panorama.Jira.Http.JiraHttpClient.Name).ConfigurePrimaryHttpMessageHandler(sp =>
                handler ??= new RecordingHandler(sp.GetRequiredService<TimeProvider>())));
        var started = host.Clock.GetUtcNow();
        var done = 0;
        var callers = Enumerable.Range(0, Callers).Select(i => Task.Run(async () =>
        {
            var client = host.Client;
            var random = new Random(seed * 31 + i);
            try
            {
                for (var n = 0; n < operationsPerCaller; n++)
                {
                    await operation(i, client, random);
                }
            }
            finally
            {
                Interlocked.Increment(ref done);
            }
        }, Ct)).ToArray();

        var watch = Stopwatch.StartNew();
        while (Volatile.Read(ref done) < Callers)
        {
            // Quiescent: every caller is finished or queued in a limiter, so nothing moves until time does.
            while (Volatile.Read(ref done) + host.Limiters.QueuedCount < Callers)
            {
                Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"Seed {seed}: the callers stopped making progress.");
                await Task.Yield();
            }

            if (Volatile.Read(ref done) < Callers)
            {
                host.Clock.Advance(Step);
            }
        }

        await Task.WhenAll(callers);
        return ([.. handler!.Sent], host.Clock.GetUtcNow() - started);
    }

    private static string Endpoint(string path) => path switch
    {
        "/rest/api/3/myself" => "myself",
        _ when path.StartsWith("/rest/api/3/issue/", StringComparison.Ordinal) => "issue",
        _ => path,
    };

    /// <summary>No half-open span [t, t + window) holds more than the limit; optionally some span holds exactly it.</summary>
    private static void AssertWithin(int seed, string what, List<DateTimeOffset> times, TimeSpan window, int limit,
        bool mustReachLimit)
    {
        times.Sort();
        var most = 0;
        var last = 0;
        for (var first = 0; first < times.Count; first++)
        {
            while (last < times.Count && times[last] < times[first] + window)
            {
                last++;
            }

            most = Math.Max(most, last - first);
        }

        Assert.True(most <= limit, $"Seed {seed}: {most} {what} within {window.TotalSeconds} s (limit {limit}).");
        if (mustReachLimit)
        {
            Assert.True(most == limit, $"Seed {seed}: the load never filled a {window.TotalSeconds} s window of {what} ({most}/{limit}).");
        }
    }
}
