using Panorama.Jira.Client;
using Panorama.Jira.Tests.Support;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// Two simulated sites (alpha, beta) shared by the tests of one class, on real time with Jira's rate limits enforced:
/// the client must stay under them on its own. Each site has a client host whose wire is recorded.
/// </summary>
public sealed class SimulatedSitesFixture : IAsyncLifetime
{
    public const int Seed = 42;
    public const int IssuesPerSite = 450;

    private SimulatedJira? _jira;

    public SimulatedSite Alpha => Jira["alpha"];

    public SimulatedSite Beta => Jira["beta"];

    internal SimulatedJira Jira => _jira ?? throw new InvalidOperationException("The simulator has not started.");

    internal WireRecorder AlphaWire { get; } = new();

    internal JiraTestHost AlphaHost { get; private set; } = null!;

    internal JiraTestHost BetaHost { get; private set; } = null!;

    /// <summary>A client of alpha with the technical user (holds Administer Jira).</summary>
    internal IJiraClient AlphaClient => AlphaHost.Client;

    internal IJiraClient BetaClient => BetaHost.Client;

    public async ValueTask InitializeAsync()
    {
        _jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("alpha"), new SiteOptions("beta")],
            IssuesPerSite = IssuesPerSite,
            Seed = Seed,
            EnforceRateLimits = true,
        }, TestContext.Current.CancellationToken);
        AlphaHost = SimulatorClient.Create(Alpha, AlphaWire);
        BetaHost = SimulatorClient.Create(Beta);
    }

    public async ValueTask DisposeAsync()
    {
        if (AlphaHost is not null)
        {
            await AlphaHost.DisposeAsync();
            await BetaHost.DisposeAsync();
        }

        if (_jira is not null)
        {
            await _jira.DisposeAsync();
        }
    }
}
