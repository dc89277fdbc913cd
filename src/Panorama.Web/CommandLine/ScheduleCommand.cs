using System.CommandLine;
using Panorama.Core.Scheduling.Files;

namespace Panorama.Web.CommandLine;

/// <summary><c>panorama schedule FILE [--format table|json]</c>: computes a schedule file (SPEC 4.5) and prints it.</summary>
internal static class ScheduleCommand
{
    /// <summary>Exit code for a file that cannot be read or scheduled.</summary>
    public const int BadFile = 1;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The schedule file (JSON in the format of SPEC 4.5)." };
        var format = new Option<string>("--format")
        {
            Description = "How to print the schedule: a table (default) or JSON.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command(
            "schedule",
            "Compute the critical-path schedule of a schedule file (tasks, links, calendar) and print each task's " +
            "early and late dates, floats and the critical path.")
        {
            file,
            format,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(file)!,
            parseResult.GetValue(format) == "json",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(FileInfo file, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ScheduleFileOutcome outcome;
        try
        {
            await using var stream = file.OpenRead();
            outcome = await ScheduleFile.ComputeAsync(stream, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"panorama: cannot read {file.FullName}: {ex.Message}");
            return BadFile;
        }

        if (!outcome.IsValid)
        {
            // One line, however many problems: the operator sees what to fix, never a stack trace.
            const int Shown = 5;
            var more = outcome.Errors.Count > Shown ? $" (and {outcome.Errors.Count - Shown} more)" : "";
            await error.WriteLineAsync($"panorama: {file.Name}: {string.Join(" ", outcome.Errors.Take(Shown))}{more}");
            return BadFile;
        }

        if (json)
        {
            await output.WriteLineAsync(ScheduleFile.ToJson(outcome.Result!));
        }
        else
        {
            ScheduleTable.Write(outcome.Result!, output);
        }

        return 0;
    }
}
