using Panorama.Jira.Tests.Support;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// One simulated site with more issues than one page of ids holds (5,000), on real time with rate limits enforced,
/// for the paths that only show at size: id pages, bulk batches, changelog batches of 1,000.
/// </summary>
public sealed class LargeSiteFixture : IAsyncLifetime
{
    public const int Issues = 5_230;

    private SimulatedJira? _jira;

    public SimulatedSite Site => (_jira ?? throw new InvalidOperationException("The simulator has not started.")).Sites[0];

    internal WireRecorder Wire { get; } = new();

    internal JiraTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("gamma")],
            IssuesPerSite = Issues,
            Seed = SimulatedSitesFixture.Seed,
            EnforceRateLimits = true,
        }, TestContext.Current.CancellationToken);
        Host = SimulatorClient.Create(Site, Wire);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (_jira is not null)
        {
            await _jira.DisposeAsync();
        }
    }
}
