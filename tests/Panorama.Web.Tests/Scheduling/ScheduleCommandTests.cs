using System.Text.Json;
using Panorama.Web.CommandLine;

namespace Panorama.Web.Tests.Scheduling;

public sealed class ScheduleCommandTests : IDisposable
{
    private const string Example = """
        {
          "start": "2026-01-05",
          "calendar": { "workingDays": ["Mon","Tue","Wed","Thu","Fri"], "holidays": ["2026-01-19"] },
          "tasks": [ { "id": "A", "duration": 3 }, { "id": "B", "duration": 2, "mode": "auto" },
                     { "id": "M", "duration": 0 }, { "id": "P", "duration": 1, "mode": "manual", "startDate": "2026-01-06" } ],
          "links": [ { "from": "A", "to": "B", "type": "FS", "lag": 2 }, { "from": "A", "to": "P" } ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("panorama-schedule-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string json)
    {
        var path = Path.Combine(_folder, "plan.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PanoramaCommandLine.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Schedule_ShouldPrintATable_WithDatesFloatsTheCriticalPathAndConflicts()
    {
        var (exitCode, output, error) = await RunAsync("schedule", WriteFile(Example));

        Assert.True(exitCode == 0, error);
        var rowA = output.Split('\n').Single(l => l.TrimStart().StartsWith("A ", StringComparison.Ordinal));
        Assert.Contains("2026-01-05", rowA, StringComparison.Ordinal);
        Assert.Contains("2026-01-07", rowA, StringComparison.Ordinal);
        Assert.Contains("yes", rowA, StringComparison.Ordinal);
        Assert.Contains("Project: 7 working days, 2026-01-05 .. 2026-01-13. Critical path: A -> B.", output, StringComparison.Ordinal);
        Assert.Contains("Conflict: 'P' breaks its FS dependency on 'A'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ShouldPrintJson_WhenAsked()
    {
        var (exitCode, output, _) = await RunAsync("schedule", WriteFile(Example), "--format", "json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(7, document.RootElement.GetProperty("duration").GetInt32());
        var b = document.RootElement.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "B");
        Assert.Equal(5, b.GetProperty("es").GetInt32());
        Assert.Equal("2026-01-13", b.GetProperty("endDate").GetString());
        Assert.True(b.GetProperty("critical").GetBoolean());
    }

    [Theory]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": -1 } ] }""", "Task 'A' has a negative duration")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ { "id": "A", "duration": 1 } ], "links": [ { "from": "A", "to": "A" } ] }""", "cycle: 'A' -> 'A'")]
    [InlineData("""{ "start": "2026-01-05", "tasks": [ """, "not valid JSON")]
    public async Task Schedule_ShouldPrintOneLineError_AndExit1_WhenTheFileIsBad(string json, string expected)
    {
        var (exitCode, output, error) = await RunAsync("schedule", WriteFile(json));

        Assert.Equal(ScheduleCommand.BadFile, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("panorama: plan.json: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ShouldSayTheFileCannotBeRead_WhenItIsMissing()
    {
        var (exitCode, _, error) = await RunAsync("schedule", Path.Combine(_folder, "missing.json"));

        Assert.Equal(ScheduleCommand.BadFile, exitCode);
        Assert.StartsWith("panorama: cannot read ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ShouldRefuseAnUnknownFormat()
    {
        var (exitCode, _, error) = await RunAsync("schedule", WriteFile(Example), "--format", "xml");

        Assert.Equal(PanoramaCommandLine.UsageError, exitCode);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}
