using System.Net;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Issues;

public sealed class AuthenticatingTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Theory]
    [InlineData("/rest/api/3/myself")]
    [InlineData("/rest/api/3/search/jql?jql=project%3DX")]
    [InlineData("/rest/webhooks/1.0/webhook")]
    public async Task Requests_ShouldAnswer401_WithoutValidCredentials(string path)
    {
        using var anonymous = JiraHttp.Anonymous(fixture.Alpha);
        using var wrongToken = JiraHttp.Client(fixture.Alpha, token: "not-the-token");
        using var otherSitesToken = JiraHttp.Client(fixture.Alpha, fixture.Beta.Email, fixture.Beta.ApiToken);

        foreach (var client in new[] { anonymous, wrongToken, otherSitesToken })
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task TenantInfo_ShouldAnswerWithoutCredentials()
    {
        using var anonymous = JiraHttp.Anonymous(fixture.Alpha);

        var body = await anonymous.GetJsonAsync("/_edge/tenant_info");

        Assert.Equal(fixture.Alpha.CloudId.ToString(), body.GetProperty("cloudId").GetString());
    }

    [Fact]
    public async Task ConnectionChecks_ShouldSeeACloudSiteAndAnAdministrator()
    {
        using var jira = JiraHttp.Client(fixture.Alpha);

        var server = await jira.GetJsonAsync("/rest/api/3/serverInfo");
        var myself = await jira.GetJsonAsync("/rest/api/3/myself");
        var permissions = await jira.GetJsonAsync("/rest/api/3/mypermissions?permissions=ADMINISTER");
        var missing = await jira.GetJsonAsync("/rest/api/3/mypermissions", HttpStatusCode.BadRequest);

        Assert.Equal("Cloud", server.GetProperty("deploymentType").GetString());
        Assert.Equal(fixture.Alpha.Email, myself.GetProperty("emailAddress").GetString());
        Assert.True(permissions.GetProperty("permissions").GetProperty("ADMINISTER").GetProperty("havePermission").GetBoolean());
        Assert.NotEmpty(missing.GetProperty("errorMessages").EnumerateArray());
    }

    [Fact]
    public async Task AUserWithoutAdminister_ShouldAuthenticate_ButNotManageWebhooks()
    {
        using var control = JiraHttp.Anonymous(fixture.Alpha);
        await control.SendJsonAsync(HttpMethod.Put, "/_sim/users/dev@alpha.example.com",
            new { displayName = "Dev", token = "dev-token", administer = false, active = true }, HttpStatusCode.Created);
        using var jira = JiraHttp.Client(fixture.Alpha, "dev@alpha.example.com", "dev-token");

        var myself = await jira.GetJsonAsync("/rest/api/3/myself");
        var permissions = await jira.GetJsonAsync("/rest/api/3/mypermissions?permissions=ADMINISTER,EDIT_ISSUES");
        var webhooks = await jira.GetJsonAsync("/rest/webhooks/1.0/webhook", HttpStatusCode.Forbidden);

        Assert.Equal("Dev", myself.GetProperty("displayName").GetString());
        Assert.False(permissions.GetProperty("permissions").GetProperty("ADMINISTER").GetProperty("havePermission").GetBoolean());
        Assert.True(permissions.GetProperty("permissions").GetProperty("EDIT_ISSUES").GetProperty("havePermission").GetBoolean());
        Assert.NotEmpty(webhooks.GetProperty("errorMessages").EnumerateArray());
    }

    [Fact]
    public async Task ARevokedToken_ShouldAnswer401_UntilATokenIsIssuedAgain()
    {
        using var control = JiraHttp.Anonymous(fixture.Beta);
        await control.SendJsonAsync(HttpMethod.Put, "/_sim/users/ops@beta.example.com", new { token = "first", administer = true }, HttpStatusCode.Created);
        using var first = JiraHttp.Client(fixture.Beta, "ops@beta.example.com", "first");
        await first.GetJsonAsync("/rest/api/3/myself");

        await control.SendJsonAsync(HttpMethod.Put, "/_sim/users/ops@beta.example.com", new { token = "" });
        await first.GetJsonAsync("/rest/api/3/myself", HttpStatusCode.Unauthorized);

        await control.SendJsonAsync(HttpMethod.Put, "/_sim/users/ops@beta.example.com", new { token = "second" });
        using var second = JiraHttp.Client(fixture.Beta, "ops@beta.example.com", "second");
        await second.GetJsonAsync("/rest/api/3/myself");
        await first.GetJsonAsync("/rest/api/3/myself", HttpStatusCode.Unauthorized);
    }
}
