using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Client;

/// <summary>Scoped tokens go through the gateway, <c>{gateway}/ex/jira/{cloudId}</c>, with the cloud id fetched once.</summary>
public sealed class ScopedTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AScopedToken_ShouldCallTheGateway_WithTheCloudIdFetchedOnceWithoutCredentials()
    {
        await using var jira = await FakeJira.StartAsync(TimeProvider.System, Ct);
        jira.On("GET", "/_edge/tenant_info", _ => FakeResponse.Json(200, """{"cloudId":"0b3f-42"}"""));
        jira.On("GET", "/ex/jira/0b3f-42/rest/api/3/myself", _ => FakeResponse.File("spec-examples/myself.GET.200.json"));
        await using var host = JiraTestHost.Create(jira.BaseUrl,
            settings: new Dictionary<string, string?> { ["Jira:Client:GatewayBaseUrl"] = jira.BaseUrl.ToString() },
            site: site => site with { ScopedToken = true });

        await host.Client.GetMyselfAsync(Ct);
        await host.Client.GetMyselfAsync(Ct);

        var tenant = Assert.Single(jira.RequestsTo("GET", "/_edge/tenant_info"));
        Assert.False(tenant.Headers.ContainsKey("Authorization"));
        var calls = jira.RequestsTo("GET", "/ex/jira/0b3f-42/rest/api/3/myself");
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.StartsWith("Basic ", c.Headers["Authorization"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task AKnownCloudId_ShouldNotBeFetched()
    {
        await using var jira = await FakeJira.StartAsync(TimeProvider.System, Ct);
        jira.On("GET", "/ex/jira/c-1/rest/api/3/serverInfo", _ => FakeResponse.Json(200, """{"deploymentType":"Cloud","version":"1001.0.0"}"""));
        await using var host = JiraTestHost.Create(jira.BaseUrl,
            settings: new Dictionary<string, string?> { ["Jira:Client:GatewayBaseUrl"] = jira.BaseUrl.ToString() },
            site: site => site with { ScopedToken = true, CloudId = "c-1" });

        var info = await host.Client.GetServerInfoAsync(Ct);

        Assert.True(info.IsCloud);
        Assert.Equal("/ex/jira/c-1/rest/api/3/serverInfo", Assert.Single(jira.Requests).Path);
    }
}
