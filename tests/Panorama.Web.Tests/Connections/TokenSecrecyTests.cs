using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Data.Database;
using Panorama.Sync.Connections.Health;
using Panorama.Testing.Databases;
using Panorama.Web.Connections;

namespace Panorama.Web.Tests.Connections;

/// <summary>
/// Rule 3: a Jira API token never appears in an API response, a log line (at Trace level, over the whole flow) or the
/// database in clear.
/// </summary>
public sealed class TokenSecrecyTests
{
    [Fact]
    public async Task ApiTokens_ShouldNeverBeReturnedLoggedOrStoredInClear()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        await using var app = new ConnectionsAppFactory(database);
        app.WithVerboseLogging();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        app.Scopes.ForEveryConnection(jira["alpha"].State.ProjectKeys[0]);
        using var admin = await app.CreateAdminClientAsync(ct);
        const string wrongToken = "ATATT3xFfGF0-a-wrong-token-typed-by-someone";
        const string replacement = "ATATT3xFfGF0-a-replacement-that-is-also-wrong";
        var tokens = new[] { jira["alpha"].ApiToken, jira["beta"].ApiToken, wrongToken, replacement };
        var bodies = new StringBuilder();
        async Task Call(Func<Task<HttpResponseMessage>> send)
        {
            using var response = await send();
            bodies.AppendLine(await response.Content.ReadAsStringAsync(ct));
        }

        // Every path that handles a token: connect right and wrong, read back, test, replace, rename, health check
        // with a revoked token, mapping and webhook reads, delete, the audit log.
        await Call(() => admin.PostAsJsonAsync("/api/connections", new CreateConnectionRequest("alpha", jira["alpha"].BaseUrl, jira["alpha"].Email, jira["alpha"].ApiToken), ct));
        await Call(() => admin.PostAsJsonAsync("/api/connections", new CreateConnectionRequest("beta", jira["beta"].BaseUrl, jira["beta"].Email, wrongToken), ct));
        var all = await admin.GetAsync<List<ConnectionResponse>>("/api/connections", ct);
        var alpha = all.Single(c => c.Name == "alpha").Id;
        var beta = all.Single(c => c.Name == "beta").Id;
        await Call(() => admin.GetAsync("/api/connections", ct));
        await Call(() => admin.PutAsJsonAsync($"/api/connections/{beta}/token", new ReplaceTokenRequest(replacement), ct));
        await Call(() => admin.PutAsJsonAsync($"/api/connections/{beta}/token", new ReplaceTokenRequest(jira["beta"].ApiToken), ct));
        await Call(() => admin.PutAsJsonAsync($"/api/connections/{beta}", new UpdateConnectionRequest(Name: "beta-site"), ct));
        foreach (var path in new[] { "", "/fields", "/link-types", "/field-mapping", "/dependency-mapping", "/webhooks", "/screen-check" })
        {
            await Call(() => admin.GetAsync($"/api/connections/{alpha}{path}", ct));
        }

        await Call(() => admin.PostAsync($"/api/connections/{alpha}/test", null, ct));
        using var sim = new HttpClient { BaseAddress = new Uri(jira["alpha"].BaseUrl) };
        (await sim.PutAsJsonAsync($"/_sim/users/{jira["alpha"].Email}", new { token = "" }, ct)).EnsureSuccessStatusCode();
        app.Services.GetRequiredService<Panorama.Sync.Connections.ConnectionCredentialSource>().Forget(alpha);
        await app.Services.GetRequiredService<ConnectionHealthCheck>().RunOnceAsync(ct);
        await Call(() => admin.PostAsync($"/api/connections/{alpha}/test", null, ct));
        await Call(() => admin.DeleteAsync($"/api/connections/{beta}", ct));
        await Call(() => admin.GetAsync("/api/audit?action=connection.*", ct));
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();

        var responses = bodies.ToString();
        var logs = app.Logs.AllText;
        var stored = DatabaseText(database);
        Assert.Contains("\"status\":\"invalid\"", responses, StringComparison.Ordinal); // the flow ran
        Assert.Contains("Request starting", logs, StringComparison.Ordinal); // the capture saw the requests
        Assert.Contains("ProtectedApiToken", stored, StringComparison.Ordinal); // the scan read the connections table
        foreach (var token in tokens)
        {
            Assert.False(responses.Contains(token, StringComparison.Ordinal), $"a token ({token.Length} characters) is in an API response");
            Assert.False(logs.Contains(token, StringComparison.Ordinal), $"a token ({token.Length} characters) is in the logs");
            Assert.False(stored.Contains(token, StringComparison.Ordinal), $"a token ({token.Length} characters) is in the database in clear");
            Assert.False(stored.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes(token)), StringComparison.Ordinal), "a token is in the database as base64");
        }
    }

    /// <summary>Every byte of the SQLite database and its write-ahead log, as text.</summary>
    private static string DatabaseText(TestDatabase database)
    {
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            text.Append(Encoding.UTF8.GetString(File.ReadAllBytes(file)));
        }

        return text.ToString();
    }
}
