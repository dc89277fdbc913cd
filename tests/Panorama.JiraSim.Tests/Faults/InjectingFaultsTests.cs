using System.Net;
using Panorama.JiraSim.Tests.Infrastructure;
using Panorama.JiraSim.Tests.Webhooks;

namespace Panorama.JiraSim.Tests.Faults;

public sealed class InjectingFaultsTests
{
    [Fact]
    public async Task Drop_ShouldLoseEveryDelivery_AndCountIt()
    {
        await using var jira = await Sim.StartAsync(FaultSettings.Parse("drop=1"));
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, receiver.Url);

        foreach (var issue in site.State.Issues().Take(3))
        {
            await DeliveringWebhooksTests.ControlEditAsync(site, issue.Key, new { fields = new { summary = "Lost " + issue.Key } });
        }

        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Empty(receiver.Received);
        Assert.Equal(3, site.Stats.WebhooksDropped);
    }

    [Fact]
    public async Task Duplicate_ShouldDeliverTwice_WithTheSameIdentifier()
    {
        await using var jira = await Sim.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, receiver.Url);
        using var control = JiraHttp.Anonymous(site);
        await control.SendJsonAsync(HttpMethod.Put, "/_sim/faults", new { duplicate = 1.0 }, HttpStatusCode.NoContent);

        await DeliveringWebhooksTests.ControlEditAsync(site, site.State.Issues()[0].Key, new { fields = new { summary = "Twice" } });

        var received = await receiver.WaitForAsync(r => r.Count == 2);
        Assert.Single(received.Select(r => r.Header("X-Atlassian-Webhook-Identifier")).Distinct());
        Assert.Equal(1, site.Stats.WebhooksDuplicated);
    }

    [Fact]
    public async Task ReorderAndDelay_ShouldStillDeliverEverything()
    {
        await using var jira = await Sim.StartAsync(FaultSettings.Parse("reorder=1,delay-ms=150"));
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, receiver.Url);
        var keys = site.State.Issues().Take(6).Select(i => i.Key).ToList();

        foreach (var key in keys)
        {
            await DeliveringWebhooksTests.ControlEditAsync(site, key, new { fields = new { summary = "Late " + key } });
        }

        var received = await receiver.WaitForAsync(r => r.Count == keys.Count);
        Assert.Equal(keys.Order(), received.Select(r => r.Json.GetProperty("issue").GetProperty("key").GetString()!).Order());
        Assert.True(site.Stats.WebhooksReordered >= 1);
    }

    [Fact]
    public async Task Outage_ShouldAnswer503ToEveryJiraRequest_UntilItEnds()
    {
        await using var jira = await Sim.StartAsync();
        var site = jira.Sites[0];
        using var client = JiraHttp.Client(site);
        using var control = JiraHttp.Anonymous(site);

        await control.SendJsonAsync(HttpMethod.Post, "/_sim/outage", new { seconds = 30 }, HttpStatusCode.NoContent);
        using (var during = await client.GetAsync("/rest/api/3/myself", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.NotNull(during.Headers.RetryAfter);
        }

        await control.GetJsonAsync("/_sim/state");
        await control.SendJsonAsync(HttpMethod.Post, "/_sim/outage", new { seconds = 0 }, HttpStatusCode.NoContent);
        await client.GetJsonAsync("/rest/api/3/myself");
    }

    [Fact]
    public async Task RandomFaults_ShouldAnswer429WithRetryAfter_And5xx_AtTheirRates()
    {
        await using var jira = await Sim.StartAsync(FaultSettings.Parse("http429=1"));
        var site = jira.Sites[0];
        using var client = JiraHttp.Client(site);

        using (var limited = await client.GetAsync("/rest/api/3/myself", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter?.Delta);
        }

        site.Faults = FaultSettings.Parse("http5xx=1");
        using (var failed = await client.GetAsync("/rest/api/3/myself", TestContext.Current.CancellationToken))
        {
            Assert.True((int)failed.StatusCode >= 500);
        }

        site.Faults = FaultSettings.None;
        await client.GetJsonAsync("/rest/api/3/myself");
        Assert.Equal(1, site.Stats.Responses429);
        Assert.Equal(1, site.Stats.Responses5xx);
    }

    [Theory]
    [InlineData("drop=2", "between 0 and 1")]
    [InlineData("loss=0.1", "is not a fault")]
    [InlineData("delay-ms=soon", "whole number")]
    public void Parse_ShouldExplainWhatIsWrong(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => FaultSettings.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShouldReadTheCommandLineSyntax()
    {
        var settings = FaultSettings.Parse("drop=0.1,duplicate=0.1,reorder=0.2,delay-ms=2000,http429=0.02,http5xx=0.01");

        Assert.Equal(new FaultSettings { Drop = 0.1, Duplicate = 0.1, Reorder = 0.2, DelayMs = 2000, Http429 = 0.02, Http5xx = 0.01 }, settings);
        Assert.Equal(settings, FaultSettings.Parse(settings.ToString()));
    }
}
