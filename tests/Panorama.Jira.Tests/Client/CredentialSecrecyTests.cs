using System.Text;
using System.Text.Json.Nodes;
using Panorama.Jira.Connections;
using Panorama.Jira.Errors;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Client;

/// <summary>The API token goes into the Authorization header and nowhere else: not logs, not exceptions, not ToString.</summary>
public sealed class CredentialSecrecyTests
{
    private static readonly string BasicValue =
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{JiraTestHost.Email}:{JiraTestHost.Token}"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryRequest_ShouldCarryBasicAuth_FromTheCredentialSource()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/myself", _ => FakeResponse.File("spec-examples/myself.GET.200.json"));

        await server.Host.Client.GetMyselfAsync(Ct);

        var request = server.Jira.Requests.Single();
        Assert.Equal($"Basic {BasicValue}", request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
    }

    [Fact]
    public async Task TheToken_ShouldNeverReachALogOrAnException_ThroughSuccessesFailuresAndRetries()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/myself", _ => FakeResponse.File("spec-examples/myself.GET.200.json"));
        server.Jira.On("GET", "/rest/api/3/serverInfo", _ => FakeResponse.Json(401, """{"errorMessages":["Unauthorized"],"errors":{}}"""));
        server.Jira.OnSequence("GET", "/rest/api/3/field", FakeResponse.Json(503, "{}"), FakeResponse.Json(200, "[]"));
        server.Jira.On("PUT", "/rest/api/3/issue/OPS-1", _ => FakeResponse.Json(400,
            """{"errorMessages":[],"errors":{"duedate":"Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown."}}"""));
        var client = server.Host.Client;

        await client.GetMyselfAsync(Ct);
        var unauthorized = await Assert.ThrowsAsync<JiraException>(() => client.GetServerInfoAsync(Ct));
        var offScreen = await Assert.ThrowsAsync<JiraException>(
            () => client.EditIssueAsync("OPS-1", new JsonObject { ["duedate"] = "2026-03-31" }, cancellationToken: Ct));
        var retried = client.GetFieldsAsync(Ct);
        await server.Host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2), Ct);
        server.Host.Clock.Advance(TimeSpan.FromSeconds(2));
        await retried.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var logs = server.Host.AllLogText;
        Assert.Contains("GET /rest/api/3/field answered 503", logs, StringComparison.Ordinal); // every attempt is logged
        Assert.DoesNotContain("Authorization", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { JiraTestHost.Token, BasicValue })
        {
            var leaks = server.Host.Logs.GetSnapshot()
                .Select(r => $"{r.Category}: {r.Message} {string.Join(' ', r.StructuredState?.Select(s => $"{s.Key}={s.Value}") ?? [])}")
                .Where(line => line.Contains(secret, StringComparison.Ordinal))
                .ToList();
            Assert.True(leaks.Count == 0, "The secret reached these log lines:\n" + string.Join('\n', leaks));
            Assert.DoesNotContain(secret, unauthorized.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, offScreen.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnreachableSite_ShouldNotShowTheTokenEither()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var host = JiraTestHost.Create(new Uri($"http://127.0.0.1:{port}"),
            settings: new Dictionary<string, string?> { ["Jira:Retry:MaxRetryAttempts"] = "0" });

        var error = await Assert.ThrowsAsync<JiraException>(() => host.Client.GetMyselfAsync(Ct));

        Assert.DoesNotContain(JiraTestHost.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(JiraTestHost.Token, host.AllLogText, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCredential_ShouldHideItsTokenWhenPrinted()
    {
        var credential = new JiraCredential("bot@example.com", "ATATT-very-secret");

        Assert.Equal("JiraCredential { Email = bot@example.com, ApiToken = *** }", credential.ToString());
        Assert.DoesNotContain("very-secret", $"{credential}", StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", new Jira.Webhooks.JiraWebhookRegistration("n", "u", []) { Secret = "s3cr3t" }.ToString(),
            StringComparison.Ordinal);
    }
}
