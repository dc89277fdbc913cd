using Microsoft.Extensions.Time.Testing;

namespace Panorama.JiraSim.Tests.Infrastructure;

/// <summary>Two simulated sites (alpha, beta) per test class, rate limits off so that tests do not trip over them.</summary>
public class SimulatorFixture : IAsyncLifetime
{
    public const int Seed = 7;

    public SimulatedJira Jira { get; private set; } = null!;

    public SimulatedSite Alpha => Jira["alpha"];

    public SimulatedSite Beta => Jira["beta"];

    protected virtual SimulatorOptions Options => new()
    {
        Sites = [new SiteOptions("alpha"), new SiteOptions("beta")],
        IssuesPerSite = 240,
        Seed = Seed,
        EnforceRateLimits = false,
        WebhookRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(150)],
    };

    public async ValueTask InitializeAsync() => Jira = await SimulatedJira.StartAsync(Options, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Jira.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// One site with Jira's rate limits enforced, on a clock that stands still so that no bucket refills during a test:
/// what is allowed and what gets 429 does not depend on how loaded the machine is.
/// </summary>
public sealed class RateLimitedSimulatorFixture : SimulatorFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override SimulatorOptions Options => new()
    {
        TimeProvider = Clock,
        Sites = [new SiteOptions("alpha")],
        IssuesPerSite = 50,
        Seed = Seed,
        EnforceRateLimits = true,
    };
}
