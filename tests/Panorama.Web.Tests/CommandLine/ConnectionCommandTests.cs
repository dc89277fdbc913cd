using Panorama.Data.Database;
using Panorama.JiraSim;
using Panorama.Testing.Databases;
using Panorama.Web.CommandLine;

namespace Panorama.Web.Tests.CommandLine;

/// <summary><c>panorama connection add|list|test</c> against simulated sites, on a store given with <c>--db</c>.</summary>
public sealed class ConnectionCommandTests
{
    private const string AllowLoopback = "--Jira:AllowInsecureLoopback=true";

    [Theory]
    [DatabaseData]
    public async Task AddListTest_ShouldConnectSitesAndPrintEachCheck_WithoutEverPrintingTheToken(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Sites = [new("alpha"), new("beta")], IssuesPerSite = 20 }, ct);
        var db = Db(database);
        var tokenFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(tokenFile, jira["alpha"].ApiToken + "\n", ct);
            var added = await RunAsync(["connection", "add", "--name", "alpha", "--url", jira["alpha"].BaseUrl, "--email", jira["alpha"].Email,
                "--token-file", tokenFile, "--db", db, AllowLoopback]);
            await File.WriteAllTextAsync(tokenFile, "ATATT-wrong-token", ct);
            var wrong = await RunAsync(["connection", "add", "--name", "beta", "--url", jira["beta"].BaseUrl, "--email", jira["beta"].Email,
                "--token-file", tokenFile, "--db", db, AllowLoopback]);
            var listed = await RunAsync(["connection", "list", "--db", db]);
            var tested = await RunAsync(["connection", "test", "alpha", "--db", db, AllowLoopback]);
            var unknown = await RunAsync(["connection", "test", "gamma", "--db", db]);

            Assert.Equal(0, added.ExitCode);
            Assert.Contains("Connection 'alpha' (primary", added.Output, StringComparison.Ordinal);
            foreach (var check in new[] { "https", "jira-cloud", "credentials", "administer" })
            {
                Assert.Matches($@"(?m)^\s+{check}\s+passed\s", added.Output);
                Assert.Matches($@"(?m)^\s+{check}\s+passed\s", tested.Output);
            }

            Assert.Equal(1, wrong.ExitCode);
            Assert.Matches(@"(?m)^\s+credentials\s+failed\s.*the API token was rejected", wrong.Output);
            Assert.Equal(0, listed.ExitCode);
            Assert.Matches(@"(?m)^alpha\s+primary\s+valid\s", listed.Output);
            Assert.Matches(@"(?m)^beta\s+secondary\s+invalid\s", listed.Output);
            Assert.Contains("reason: ", listed.Output, StringComparison.Ordinal);
            Assert.Equal(0, tested.ExitCode);
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("no connection is named 'gamma'", unknown.Error, StringComparison.Ordinal);
            foreach (var run in new[] { added, wrong, listed, tested, unknown })
            {
                Assert.DoesNotContain(jira["alpha"].ApiToken, run.Output + run.Error, StringComparison.Ordinal);
                Assert.DoesNotContain("ATATT-wrong-token", run.Output + run.Error, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    [Fact]
    public async Task Add_ShouldRefuseAMissingTokenFile_AndBadInput_WithOneLineEach()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        var tokenFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(tokenFile, "some-token", ct);
            var missing = await RunAsync(["connection", "add", "--name", "x", "--url", "https://x.atlassian.net", "--email", "bot@x.test",
                "--token-file", "/nonexistent/token", "--db", Db(database)]);
            var bad = await RunAsync(["connection", "add", "--name", "x:y", "--url", "nowhere", "--email", "bot@x.test",
                "--token-file", tokenFile, "--db", Db(database)]);

            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("cannot read the token file /nonexistent/token", missing.Error, StringComparison.Ordinal);
            Assert.Equal(PanoramaCommandLine.UsageError, bad.ExitCode);
            Assert.Contains("panorama: --name: The name may not contain ':'", bad.Error, StringComparison.Ordinal);
            Assert.Contains("panorama: --url: 'nowhere' is not a site URL", bad.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    private static string Db(TestDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? "sqlite:" + database.ConnectionString["Data Source=".Length..]
        : "postgres:" + database.ConnectionString;

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PanoramaCommandLine.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
