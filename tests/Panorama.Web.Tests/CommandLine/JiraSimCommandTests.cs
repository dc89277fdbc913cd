using System.Net.Http.Headers;
using System.Text;
using Panorama.JiraSim;
using Panorama.Web.CommandLine;

namespace Panorama.Web.Tests.CommandLine;

public sealed class JiraSimCommandTests
{
    [Fact]
    public async Task JiraSim_ShouldPrintEachSitesUrlEmailAndToken_ThatWork()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var output = new SynchronizedWriter();
        var options = new SimulatorOptions
        {
            Sites = JiraSimCommand.ParseSites(["alpha", "beta:0"], token: "fixed-token"),
            IssuesPerSite = 20,
        };

        var run = JiraSimCommand.RunAsync(options, output, stop.Token);
        for (var i = 0; i < 1500 && !output.ToString().Contains("Ctrl+C", StringComparison.Ordinal); i++)
        {
            await Task.Delay(20, ct);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        var urls = lines.Where(l => l.StartsWith("url:", StringComparison.Ordinal)).Select(l => l["url:".Length..].Trim()).ToList();
        var emails = lines.Where(l => l.StartsWith("email:", StringComparison.Ordinal)).Select(l => l["email:".Length..].Trim()).ToList();
        var tokens = lines.Where(l => l.StartsWith("token:", StringComparison.Ordinal)).Select(l => l["token:".Length..].Trim()).ToList();
        Assert.Equal(2, urls.Count);
        Assert.Equal(["fixed-token", "fixed-token"], tokens);
        for (var i = 0; i < urls.Count; i++)
        {
            using var client = new HttpClient { BaseAddress = new Uri(urls[i]) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emails[i]}:{tokens[i]}")));
            using var response = await client.GetAsync("/rest/api/3/myself", ct);
            Assert.True(response.IsSuccessStatusCode, $"{urls[i]} answered {(int)response.StatusCode}");
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
    }

    [Theory]
    [InlineData("alpha:99999")]
    [InlineData("alpha:http")]
    public void ParseSites_ShouldRejectABadPort(string site) =>
        Assert.Throws<FormatException>(() => JiraSimCommand.ParseSites([site], null));

    [Fact]
    public async Task JiraSim_ShouldRejectBadFaults_WithOneLine()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await PanoramaCommandLine.InvokeAsync(["jira-sim", "--faults", "drop=7"], output, error);

        Assert.Equal(PanoramaCommandLine.UsageError, exitCode);
        Assert.StartsWith("panorama: drop must be a probability", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }

            return Task.CompletedTask;
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
