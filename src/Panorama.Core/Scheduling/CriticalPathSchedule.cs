using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling;

/// <summary>
/// The critical-path schedule of a network (SPEC 3.5, textbook convention of SPEC 4.5), in working-day offsets, and
/// the state to reschedule it incrementally when one task moves.
/// <para>
/// Early dates: an auto task starts as early as its links and the project start allow; a fixed task (manual, locked,
/// done) keeps its start. Late dates: as late as the project finish (the latest early finish) and the successors
/// allow, where a fixed successor counts at its own dates (it will not move to make room). Total float is late start
/// minus early start; free float is how far a task can slip before it delays a successor or the finish.
/// </para>
/// <para>
/// Late finishes are kept as two parts, <c>min(finish + relative, absolute)</c>: the part bounded by the project
/// finish is stored relative to it and the part bounded by fixed tasks absolutely. A move that changes the finish
/// then touches only the tasks that depend on the moved one, never every task.
/// </para>
/// <para>Not thread-safe: updates change it in place. Readers on other threads need their own schedule.</para>
/// </summary>
public sealed partial class CriticalPathSchedule<TId>
    where TId : notnull
{
    private const int None = int.MaxValue;

    private readonly ScheduleGraph _graph;
    private readonly int[] _duration;
    private readonly bool[] _fixed;
    private readonly int[] _fixedStart;
    private readonly int[] _earlyStart;
    private readonly int[] _earlyFinish;
    private readonly int[] _lateFinishRelative;
    private readonly int[] _lateFinishAbsolute;
    private bool[]? _critical;
    private IReadOnlyList<ScheduleConflict<TId>>? _conflicts;

    private CriticalPathSchedule(ScheduleNetwork<TId> network, int projectStart)
    {
        Network = network;
        ProjectStart = projectStart;
        _graph = network.Graph;
        var n = _graph.TaskCount;
        _duration = new int[n];
        _fixed = new bool[n];
        _fixedStart = new int[n];
        _earlyStart = new int[n];
        _earlyFinish = new int[n];
        _lateFinishRelative = new int[n];
        _lateFinishAbsolute = new int[n];
        var tasks = network.TaskArray;
        for (var i = 0; i < n; i++)
        {
            ref readonly var task = ref tasks[i];
            _duration[i] = task.Duration;
            _fixed[i] = task.IsFixed;
            _fixedStart[i] = task.Start ?? 0;
        }
    }

    public ScheduleNetwork<TId> Network { get; }

    public int TaskCount => _graph.TaskCount;

    /// <summary>The offset no auto task starts before (0 in the schedule file).</summary>
    public int ProjectStart { get; }

    /// <summary>The latest early finish (at least the project start).</summary>
    public int ProjectFinish { get; private set; }

    /// <summary>The project's duration in working days.</summary>
    public int Duration => Math.Max(0, ProjectFinish - ProjectStart);

    /// <summary>Runs the forward and backward passes over the whole network.</summary>
    internal static CriticalPathSchedule<TId> Compute(ScheduleNetwork<TId> network, int projectStart = 0)
    {
        var schedule = new CriticalPathSchedule<TId>(network, projectStart);
        schedule.ForwardPass();
        schedule.BackwardPass();
        return schedule;
    }

    public TaskSchedule this[int index] => new(
        EarlyStart(index),
        EarlyFinish(index),
        LateStart(index),
        LateFinish(index),
        TotalFloat(index),
        FreeFloat(index),
        IsCritical(index));

    public TaskSchedule this[TId id] => this[Network.IndexOf(id)];

    public int TaskDuration(int index) => _duration[index];

    public bool IsFixed(int index) => _fixed[index];

    public int EarlyStart(int index) => _earlyStart[index];

    public int EarlyFinish(int index) => _earlyFinish[index];

    public int LateFinish(int index) => Math.Min(ProjectFinish + _lateFinishRelative[index], _lateFinishAbsolute[index]);

    public int LateStart(int index) => LateFinish(index) - _duration[index];

    public int TotalFloat(int index) => LateStart(index) - _earlyStart[index];

    /// <summary>How far the task can slip before it delays a successor's early dates or the project finish.</summary>
    public int FreeFloat(int index)
    {
        var free = ProjectFinish - _earlyFinish[index];
        for (var e = _graph.OutStart[index]; e < _graph.OutStart[index + 1]; e++)
        {
            free = Math.Min(free, Slack(index, _graph.OutTask[e], _graph.OutType[e], _graph.OutLag[e]));
        }

        return free;
    }

    /// <summary>
    /// How much room a link leaves in the early schedule: 0 when it drives the successor, negative when a fixed
    /// successor breaks it.
    /// </summary>
    private int Slack(int from, int to, DependencyType type, int lag) => type switch
    {
        DependencyType.FS => _earlyStart[to] - _earlyFinish[from] - lag,
        DependencyType.SS => _earlyStart[to] - _earlyStart[from] - lag,
        DependencyType.FF => _earlyFinish[to] - _earlyFinish[from] - lag,
        _ => _earlyFinish[to] - _earlyStart[from] - lag,
    };
}
