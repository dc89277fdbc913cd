using Panorama.Core.Dependencies;
using Panorama.Web.Components.Gantt;

namespace Panorama.Web.Components.Dev;

/// <summary>
/// A synthetic box for the Gantt demo: projects (groups) of epics (summaries) of tasks from three sites, with chains
/// of dependencies of every type, critical chains, milestones and a few conflicts. Generated once from a fixed seed
/// into flat arrays (about 40 bytes a row); rows are made only for the pages asked for.
/// </summary>
public sealed class DemoGanttData
{
    public const int DefaultRowCount = 100_000;
    public static readonly DateOnly TimelineStart = new(2026, 1, 1);
    public static readonly DateOnly TimelineEnd = new(2027, 12, 31);
    private static readonly string[] Sites = ["alpha", "beta", "gamma"];
    private static readonly Lazy<DemoGanttData> Shared = new(() => new DemoGanttData(DefaultRowCount, seed: 42));

    private readonly GanttRowKind[] _kinds;
    private readonly byte[] _depths;
    private readonly int[] _start;
    private readonly short[] _days;
    private readonly byte[] _progress;
    private readonly byte[] _site;
    private readonly int[] _predecessor;
    private readonly int[] _number;
    private readonly int[] _project;
    private readonly byte[] _epic;

    public DemoGanttData(int rowCount, int seed)
    {
        RowCount = rowCount;
        _kinds = new GanttRowKind[rowCount];
        _depths = new byte[rowCount];
        _start = new int[rowCount];
        _days = new short[rowCount];
        _progress = new byte[rowCount];
        _site = new byte[rowCount];
        _predecessor = new int[rowCount];
        _number = new int[rowCount];
        _project = new int[rowCount];
        _epic = new byte[rowCount];
        Generate(new Random(seed));
    }

    public static DemoGanttData Instance => Shared.Value;

    public int RowCount { get; }

    public static IReadOnlyList<GanttColumn> Columns { get; } =
        [new("Key", 84), new("Start", 84, Numeric: true), new("End", 84, Numeric: true), new("Done", 50, Numeric: true)];

    public static string IdOf(int index) => $"T{index}";

    public static int IndexOf(string id) => id.Length > 1 && id[0] == 'T' && int.TryParse(id.AsSpan(1), out var i) ? i : -1;

    public GanttRowKind Kind(int index) => _kinds[index];

    public DateOnly Start(int index) => TimelineStart.AddDays(_start[index]);

    public DateOnly End(int index) => Start(index).AddDays(Math.Max(0, _days[index] - 1));

    public bool IsMilestone(int index) => _kinds[index] == GanttRowKind.Task && _days[index] == 0;

    /// <summary>Every fifth epic of a project is on the critical path, with all its tasks.</summary>
    public bool IsCritical(int index) => _kinds[index] != GanttRowKind.Group && _epic[index] % 5 == 0;

    public bool HasConflict(int index) => _kinds[index] == GanttRowKind.Task && _predecessor[index] >= 0 && index % 97 == 0;

    public string Site(int index) => Sites[_site[index]];

    public int Depth(int index) => _depths[index];

    public double Progress(int index) => _progress[index] / 100.0;

    public string Label(int index) => _kinds[index] switch
    {
        GanttRowKind.Group => $"Project {ProjectKey(index)} ({Site(index)})",
        GanttRowKind.Summary => $"Epic {_epic[index] + 1} of {ProjectKey(index)}",
        _ => IsMilestone(index) ? $"Milestone {Key(index)}" : $"Task {Key(index)}",
    };

    public string Key(int index) => _kinds[index] == GanttRowKind.Group ? ProjectKey(index) : $"{ProjectKey(index)}-{_number[index]}";

    private string ProjectKey(int index) => $"{char.ToUpperInvariant(Site(index)[0])}P{_project[index]}";

    /// <summary>The task's predecessor and the dependency type, or null.</summary>
    public GanttDependency? DependencyInto(int index)
    {
        var from = _predecessor[index];
        if (from < 0)
        {
            return null;
        }

        var type = (index % 13) switch { 3 => DependencyType.SS, 7 => DependencyType.FF, 11 => DependencyType.SF, _ => DependencyType.FS };
        return new GanttDependency(IdOf(from), IdOf(index), type)
        {
            IsCritical = IsCritical(index) && IsCritical(from),
            Conflict = HasConflict(index) ? $"{Key(index)} starts before its {type} dependency on {Key(from)} allows." : null,
        };
    }

    private void Generate(Random random)
    {
        var index = 0;
        var project = 0;
        while (index < RowCount)
        {
            var site = (byte)(project % Sites.Length);
            var projectRow = index;
            var number = 0;
            Add(ref index, GanttRowKind.Group, 0, site, project, 0, number++, -1);
            var projectStart = random.Next(0, 60);
            var projectEnd = projectStart;
            var epicStart = projectStart;
            for (var epic = 0; epic < 30 && index < RowCount; epic++)
            {
                // Epics overlap: each starts a few weeks after the one before, as a program's streams do.
                var epicRow = index;
                Add(ref index, GanttRowKind.Summary, 1, site, project, (byte)epic, number++, -1);
                epicStart += random.Next(5, 30);
                var day = epicStart;
                var previous = -1;
                var tasks = random.Next(15, 40);
                for (var t = 0; t < tasks && index < RowCount; t++)
                {
                    var task = index;
                    var milestone = t % 25 == 24;
                    Add(ref index, GanttRowKind.Task, 2, site, project, (byte)epic, number++, previous);
                    _days[task] = (short)(milestone ? 0 : random.Next(1, 8));
                    _start[task] = Math.Min(day, (TimelineEnd.DayNumber - TimelineStart.DayNumber) - 10);
                    _progress[task] = (byte)random.Next(0, 101);
                    day += random.Next(0, 3) + Math.Max(1, _days[task] / 2);
                    previous = task;
                }

                SetSpan(epicRow, epicStart, day);
                projectEnd = Math.Max(projectEnd, day);
            }

            SetSpan(projectRow, projectStart, projectEnd);
            project++;
        }
    }

    private void Add(ref int index, GanttRowKind kind, byte depth, byte site, int project, byte epic, int number, int predecessor)
    {
        _project[index] = project;
        _epic[index] = epic;
        _kinds[index] = kind;
        _depths[index] = depth;
        _site[index] = site;
        _number[index] = number;
        _predecessor[index] = predecessor;
        index++;
    }

    private void SetSpan(int row, int start, int end)
    {
        var last = (TimelineEnd.DayNumber - TimelineStart.DayNumber) - 1;
        _start[row] = Math.Min(start, last);
        _days[row] = (short)Math.Max(1, Math.Min(end, last) - _start[row] + 1);
    }
}
