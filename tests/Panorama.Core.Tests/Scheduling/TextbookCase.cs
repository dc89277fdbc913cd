using System.Globalization;
using System.Text.RegularExpressions;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;

namespace Panorama.Core.Tests.Scheduling;

/// <summary>One case of <c>Fixtures/textbook-pdm-cases.txt</c>: the network and the numbers it must give.</summary>
public sealed partial record TextbookCase(string Name, int Duration, IReadOnlySet<string> Critical, IReadOnlyList<TextbookActivity> Activities)
{
    public const string FixturePath = "Scheduling/Fixtures/textbook-pdm-cases.txt";

    public IEnumerable<ScheduleTask<string>> Tasks => Activities.Select(a => ScheduleTask(a.Id, a.Duration));

    public IEnumerable<ScheduleLink<string>> Links => Activities.SelectMany(a => a.Predecessors);

    public override string ToString() => Name;

    private static ScheduleTask<string> ScheduleTask(string id, int duration) => new(id, duration);

    public static IReadOnlyList<TextbookCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FixturePath);
        var cases = new List<TextbookCase>();
        string? name = null;
        int duration = 0;
        HashSet<string> critical = [];
        List<TextbookActivity> activities = [];
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var header = HeaderPattern().Match(line);
            if (header.Success)
            {
                Flush();
                name = header.Groups["name"].Value;
                duration = int.Parse(header.Groups["duration"].Value, CultureInfo.InvariantCulture);
                critical = [.. header.Groups["critical"].Value.Split(',')];
                activities = [];
                continue;
            }

            var cells = line.Split(';');
            Assert.True(cells.Length == 8, $"Cannot read fixture line '{line}'");
            var id = cells[0];
            var predecessors = cells[1] == "-" ? [] : cells[1].Split(',').Select(p => ParseRelation(p, id)).ToList();
            var numbers = cells[2..].Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            activities.Add(new(id, predecessors, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]));
        }

        Flush();
        return cases;

        void Flush()
        {
            if (name is not null)
            {
                cases.Add(new(name, duration, critical, activities));
            }
        }
    }

    private static ScheduleLink<string> ParseRelation(string text, string successor)
    {
        var match = RelationPattern().Match(text);
        Assert.True(match.Success, $"Cannot read relation '{text}'");
        var type = match.Groups["type"].Success ? Enum.Parse<DependencyType>(match.Groups["type"].Value) : DependencyType.FS;
        var lag = match.Groups["lag"].Success ? int.Parse(match.Groups["lag"].Value, CultureInfo.InvariantCulture) : 0;
        return new(match.Groups["pred"].Value, successor, type, lag);
    }

    [GeneratedRegex(@"^\[(?<name>\w+)\]\s+duration=(?<duration>\d+)\s+critical=(?<critical>[\w,]+)$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?<pred>\w+)(\((?<type>FS|SS|FF|SF)(?<lag>[+-]?\d+)\))?$")]
    private static partial Regex RelationPattern();
}

public sealed record TextbookActivity(
    string Id,
    IReadOnlyList<ScheduleLink<string>> Predecessors,
    int Duration,
    int EarlyStart,
    int EarlyFinish,
    int LateStart,
    int LateFinish,
    int TotalFloat);
