using Microsoft.Extensions.DependencyInjection;
using Panorama.Jira.Connections;
using Panorama.Jira.Http;
using Panorama.Jira.Tests.Support;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// The client as the product wires it (<c>AddPanoramaJira</c>, Polly, the shared limiters), pointed at one simulated
/// site over real HTTP on loopback with the site's technical user (or the given credentials).
/// </summary>
internal static class SimulatorClient
{
    /// <summary>
    /// Without <paramref name="clock"/> the client runs on real time (as in production); with it, every wait (retries,
    /// limiters, Retry-After) runs on that fake clock, which the simulator may share.
    /// </summary>
    public static JiraTestHost Create(SimulatedSite site, WireRecorder? wire = null, TestClock? clock = null,
        JiraCredential? credential = null, IDictionary<string, string?>? settings = null) =>
        JiraTestHost.Create(new Uri(site.BaseUrl), services =>
            {
                if (clock is null)
                {
                    services.AddSingleton(TimeProvider.System);
                }

                // One handler for the life of the test class: a rotated handler would dispose the recorder under it.
                services.AddHttpClient(JiraHttpClient.Name)
                    .ConfigurePrimaryHttpMessageHandler(() => wire ?? new WireRecorder())
                    .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            },
            settings,
            s => s with { DisplayName = site.Name },
            credential ?? new JiraCredential(site.Email, site.ApiToken),
            clock);
}
