using System.Diagnostics;
using Spectre.Console;

namespace Panorama.Bench;

/// <summary>Prints a scenario's results: tables of measurements, then one summary line.</summary>
public sealed class BenchReport(IAnsiConsole console)
{
    public IAnsiConsole Console { get; } = console;

    /// <summary>Prints a table with the given column headers and rows.</summary>
    public void Table(string title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Simple };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        Console.Write(table);
    }

    /// <summary>The last line of a scenario: its key numbers and whether each target was met.</summary>
    public void Summary(string scenario, string text) => Console.WriteLine($"SUMMARY {scenario}: {text}");

    /// <summary>Times an action and returns the elapsed time.</summary>
    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }

    /// <summary>The p-th percentile (0..100) of a set of samples.</summary>
    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = p / 100.0 * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }
}
