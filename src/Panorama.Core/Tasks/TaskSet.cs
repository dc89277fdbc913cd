namespace Panorama.Core.Tasks;

/// <summary>
/// A box's tasks, immutable, held in <see cref="TaskOrder"/> and indexed 0..Count-1 so the structure builders can
/// work on dense arrays. <see cref="With"/> applies a few changes from sync without re-sorting everything.
/// </summary>
public sealed class TaskSet
{
    private readonly PlanTask[] _tasks;
    private readonly Dictionary<TaskKey, int> _index;

    private TaskSet(PlanTask[] sortedTasks, SiteDirectory sites, Dictionary<TaskKey, int> index)
    {
        _tasks = sortedTasks;
        Sites = sites;
        _index = index;
    }

    private TaskSet(PlanTask[] sortedTasks, SiteDirectory sites)
    {
        _tasks = sortedTasks;
        Sites = sites;
        _index = new Dictionary<TaskKey, int>(sortedTasks.Length);
        for (var i = 0; i < sortedTasks.Length; i++)
        {
            if (!_index.TryAdd(sortedTasks[i].Key, i))
            {
                throw new ArgumentException($"Task {sortedTasks[i].Key} appears twice.", nameof(sortedTasks));
            }
        }
    }

    public SiteDirectory Sites { get; }

    public int Count => _tasks.Length;

    public PlanTask this[int index] => _tasks[index];

    public IReadOnlyList<PlanTask> Tasks => _tasks;

    public static TaskSet Create(IEnumerable<PlanTask> tasks, SiteDirectory sites)
    {
        var array = tasks.ToArray();
        Array.Sort(array, new TaskOrder(sites));
        return new TaskSet(array, sites);
    }

    public int IndexOf(TaskKey key) => _index.TryGetValue(key, out var index) ? index : -1;

    public PlanTask? Find(TaskKey key) => _index.TryGetValue(key, out var index) ? _tasks[index] : null;

    /// <summary>
    /// A new set with <paramref name="upserts"/> added or replaced and <paramref name="removals"/> gone: one merge
    /// pass, O(n + k log k), instead of sorting n tasks again.
    /// </summary>
    public TaskSet With(IEnumerable<PlanTask> upserts, IEnumerable<TaskKey> removals)
    {
        var order = new TaskOrder(Sites);
        var changed = upserts.ToArray();
        var gone = new HashSet<TaskKey>(removals);
        if (gone.Count == 0 && TryReplaceInPlace(changed, order) is { } replaced)
        {
            return replaced;
        }

        return Merge(changed, gone, order);
    }

    /// <summary>
    /// The common webhook case: existing tasks whose place in the order did not change (no new key or project).
    /// Copies the array and shares the index, which never changes after construction.
    /// </summary>
    private TaskSet? TryReplaceInPlace(PlanTask[] changed, TaskOrder order)
    {
        var copy = (PlanTask[])_tasks.Clone();
        foreach (var task in changed)
        {
            var index = IndexOf(task.Key);
            if (index < 0 || order.Compare(_tasks[index], task) != 0)
            {
                return null;
            }

            copy[index] = task;
        }

        return new TaskSet(copy, Sites, _index);
    }

    private TaskSet Merge(PlanTask[] changed, HashSet<TaskKey> gone, TaskOrder order)
    {
        Array.Sort(changed, order);
        foreach (var task in changed)
        {
            gone.Add(task.Key);
        }

        var merged = new List<PlanTask>(_tasks.Length + changed.Length);
        var next = 0;
        foreach (var task in _tasks)
        {
            if (gone.Contains(task.Key))
            {
                continue;
            }

            while (next < changed.Length && order.Compare(changed[next], task) < 0)
            {
                merged.Add(changed[next++]);
            }

            merged.Add(task);
        }

        while (next < changed.Length)
        {
            merged.Add(changed[next++]);
        }

        return new TaskSet([.. merged], Sites);
    }
}
