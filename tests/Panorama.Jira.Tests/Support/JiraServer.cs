namespace Panorama.Jira.Tests.Support;

/// <summary>A fake Jira and a client host pointed at it, disposed together.</summary>
internal sealed class JiraServer : IAsyncDisposable
{
    private JiraServer(FakeJira jira, JiraTestHost host)
    {
        Jira = jira;
        Host = host;
    }

    public FakeJira Jira { get; }

    public JiraTestHost Host { get; }

    public static async Task<JiraServer> StartAsync(CancellationToken cancellationToken,
        IDictionary<string, string?>? settings = null, Func<Connections.JiraSite, Connections.JiraSite>? site = null)
    {
        // The fake stamps arrivals with the client's fake clock, so waits can be measured exactly.
        var holder = new ClockHolder();
        var jira = await FakeJira.StartAsync(holder, cancellationToken);
        var host = JiraTestHost.Create(jira.BaseUrl, settings: settings, site: site);
        holder.Clock = host.Clock;
        return new JiraServer(jira, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Jira.DisposeAsync();
    }

    private sealed class ClockHolder : TimeProvider
    {
        public TimeProvider Clock { get; set; } = System;

        public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();
    }
}
