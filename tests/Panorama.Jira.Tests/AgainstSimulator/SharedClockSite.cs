using System.Net.Http.Headers;
using System.Text;
using Panorama.Jira.Tests.Support;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// One simulated site and a client that share one fake clock: the site's rate limits and outages and the client's
/// retries, limiters and <c>Retry-After</c> waits all move only when the test moves the clock, so every wait is exact
/// and nothing depends on how loaded the machine is.
/// </summary>
internal sealed class SharedClockSite : IAsyncDisposable
{
    private readonly CancellationTokenSource _calls =
        CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

    private SharedClockSite(SimulatedJira jira, TestClock clock, WireRecorder wire, JiraTestHost host)
    {
        Jira = jira;
        Clock = clock;
        Wire = wire;
        Host = host;
    }

    public SimulatedJira Jira { get; }

    public SimulatedSite Site => Jira.Sites[0];

    public TestClock Clock { get; }

    /// <summary>The client's exchanges, stamped with the shared clock.</summary>
    public WireRecorder Wire { get; }

    public JiraTestHost Host { get; }

    /// <summary>The token to pass to the client: cancelled when the site is disposed.</summary>
    public CancellationToken Ct => _calls.Token;

    public static async Task<SharedClockSite> StartAsync(bool enforceRateLimits, int issues = 60)
    {
        var clock = new TestClock();
        var jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("alpha")],
            IssuesPerSite = issues,
            Seed = SimulatedSitesFixture.Seed,
            EnforceRateLimits = enforceRateLimits,
            TimeProvider = clock,
        }, TestContext.Current.CancellationToken);
        var wire = new WireRecorder(clock);
        return new SharedClockSite(jira, clock, wire, SimulatorClient.Create(jira.Sites[0], wire, clock));
    }

    /// <summary>Waits (in real time) for a call the test has let through; if it hangs, says what crossed the wire.</summary>
    public async Task<T> CompletesAsync<T>(Task<T> call)
    {
        await CompletesAsync((Task)call);
        return await call;
    }

    public async Task CompletesAsync(Task call)
    {
        try
        {
            await call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The call did not complete by {Clock.GetUtcNow():HH:mm:ss.fff}. The wire: " + string.Join("; ",
                Wire.Exchanges.Select(e => $"{e.At:HH:mm:ss.fff} {e.Method} {e.Path} {e.Status} Retry-After {e.RetryAfter}")));
        }
    }

    /// <summary>Another caller with the same credentials (a script, another Panorama node): not under this client's limiters.</summary>
    public HttpClient OtherCaller()
    {
        var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Site.Email}:{Site.ApiToken}")));
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        // A call still waiting (a failed test) is cancelled first: Polly's disposal waits for executions in flight by
        // sleeping on the pipeline's clock, which here would never move again.
        await _calls.CancelAsync();
        await Host.DisposeAsync();
        await Jira.DisposeAsync();
        _calls.Dispose();
    }
}
