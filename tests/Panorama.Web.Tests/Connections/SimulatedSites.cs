using Panorama.JiraSim;

namespace Panorama.Web.Tests.Connections;

/// <summary>Simulated Jira Cloud sites for connection tests: small, fast, with webhooks delivered into the app's TestServer.</summary>
internal static class SimulatedSites
{
    public static Task<SimulatedJira> StartAsync(ConnectionsAppFactory app, CancellationToken ct, params string[] names) =>
        SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [.. (names.Length == 0 ? ["alpha"] : names).Select(n => new SiteOptions(n))],
            IssuesPerSite = 60,
            WebhookHandlerFactory = () => app.Server.CreateHandler(),
            WebhookRetryDelays = [],
        }, ct);
}
