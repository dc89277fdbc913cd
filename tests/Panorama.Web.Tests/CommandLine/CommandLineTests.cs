using Panorama.Web.CommandLine;

namespace Panorama.Web.Tests.CommandLine;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("mysql:server=x", "is not understood")]
    [InlineData("sqlite:", "needs what follows the colon")]
    [InlineData("postgres:Host=x;Nonsense Key=1", "connection string is not valid")]
    public async Task Serve_ShouldPrintOneLineError_WhenDbIsBad(string db, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await PanoramaCommandLine.InvokeAsync(["serve", "--db", db], output, error);

        Assert.Equal(PanoramaCommandLine.UsageError, exitCode);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("panorama: --db", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_ShouldRejectAnUnknownCommand()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await PanoramaCommandLine.InvokeAsync(["launch-rockets"], output, error);

        Assert.Equal(PanoramaCommandLine.UsageError, exitCode);
        Assert.Contains("launch-rockets", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ShouldDescribeEveryCommand()
    {
        var root = PanoramaCommandLine.Build();
        foreach (var command in root.Subcommands)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exitCode = await PanoramaCommandLine.InvokeAsync([command.Name, "--help"], output, error);

            Assert.Equal(0, exitCode);
            Assert.False(string.IsNullOrWhiteSpace(command.Description), $"'{command.Name}' has no description");
            Assert.Contains(command.Description!, output.ToString(), StringComparison.Ordinal);
        }
    }
}
