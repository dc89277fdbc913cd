using Panorama.Core.Scheduling.Files;
using Spectre.Console;

namespace Panorama.Web.CommandLine;

/// <summary>The table that <c>panorama schedule</c> prints.</summary>
internal static class ScheduleTable
{
    public static void Write(ScheduleFileResult result, TextWriter writer)
    {
        var redirected = !ReferenceEquals(writer, Console.Out) || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (redirected)
        {
            // A pipe or file has no width; do not squeeze the columns into 80 characters.
            console.Profile.Width = 200;
        }

        var table = new Table { Border = TableBorder.Simple };
        table.AddColumn("Task");
        table.AddColumn("Mode");
        foreach (var header in new[] { "Dur", "ES", "EF", "LS", "LF" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        table.AddColumn("Start");
        table.AddColumn("End");
        table.AddColumn(new TableColumn("TF").RightAligned());
        table.AddColumn(new TableColumn("FF").RightAligned());
        table.AddColumn("Critical");
        foreach (var task in result.Tasks)
        {
            table.AddRow(
                Markup.Escape(task.Id),
                task.Done ? $"{task.Mode}, done" : task.Mode,
                Number(task.Duration),
                Number(task.Es),
                Number(task.Ef),
                Number(task.Ls),
                Number(task.Lf),
                Date(task.StartDate),
                Date(task.EndDate),
                Number(task.TotalFloat),
                Number(task.FreeFloat),
                task.Critical ? "[red]yes[/]" : "");
        }

        console.Write(table);
        console.WriteLine(
            $"Project: {result.Duration} working days, {Date(result.Start)} .. {Date(result.Finish)}. " +
            $"Critical path: {(result.CriticalPath.Count == 0 ? "none" : string.Join(" -> ", result.CriticalPath))}.");
        foreach (var conflict in result.Conflicts)
        {
            console.WriteLine($"Conflict: {conflict.Message}");
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
