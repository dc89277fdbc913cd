namespace Panorama.JiraSim.Tests.Infrastructure;

/// <summary>A fresh one-site simulator for tests that change faults or webhooks; retries are fast.</summary>
public static class Sim
{
    public static Task<SimulatedJira> StartAsync(FaultSettings? faults = null, Func<HttpMessageHandler>? handler = null, int issues = 60) =>
        SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("alpha")],
            IssuesPerSite = issues,
            Seed = SimulatorFixture.Seed,
            EnforceRateLimits = false,
            Faults = faults ?? FaultSettings.None,
            WebhookHandlerFactory = handler,
            WebhookRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(150)],
        }, TestContext.Current.CancellationToken);

    /// <summary>Registers an admin webhook for every event the simulator fires; returns its id.</summary>
    public static async Task<string> RegisterAsync(SimulatedSite site, string url, string? secret = "s3cret", string? jql = null)
    {
        using var jira = JiraHttp.Client(site);
        var body = await jira.SendJsonAsync(HttpMethod.Post, "/rest/webhooks/1.0/webhook", new
        {
            name = "panorama",
            url,
            events = new[] { "jira:issue_created", "jira:issue_updated", "jira:issue_deleted", "issuelink_created", "issuelink_deleted" },
            filters = new Dictionary<string, string> { ["issue-related-events-section"] = jql ?? "" },
            excludeBody = false,
            secret,
        }, System.Net.HttpStatusCode.Created);
        return body.GetProperty("self").GetString()!.Split('/')[^1];
    }
}
