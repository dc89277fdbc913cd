using Panorama.Core.Memory;
using Panorama.Core.Structure;

namespace Panorama.Core.Views.Folding;

/// <summary>
/// Folds a per-task statistic over every row's subtree in O(rows). Rows are in pre-order, so walking them backwards
/// visits children before parents and a parent combines its children's results. A task repeated by group-by would
/// count twice in an ancestor of two of its rows; those ancestors (<see cref="DuplicateRows"/>) are folded instead
/// by walking their subtree range once, counting each task once.
/// </summary>
internal static class SubtreeFold
{
    /// <summary>Folds <paramref name="perTask"/> into <paramref name="result"/>, one element per row.</summary>
    public static void Compute<T>(WbsTree tree, ReadOnlySpan<T> perTask, bool[]? duplicateRows, Span<T> result)
        where T : struct, IFoldable<T>
    {
        var rows = tree.RowSpan;
        using var hasValueScratch = new Scratch<bool>(rows.Length, cleared: true);
        var hasValue = hasValueScratch.Span;
        using var seenScratch = new Scratch<int>(duplicateRows is null ? 0 : tree.Tasks.Count, cleared: true);
        var seen = seenScratch.Span;
        var stamp = 0;
        for (var i = rows.Length - 1; i >= 0; i--)
        {
            ref readonly var row = ref rows[i];
            if (duplicateRows?[i] == true)
            {
                stamp++;
                var folded = false;
                for (var r = i; r < row.SubtreeEnd; r++)
                {
                    var task = rows[r].TaskIndex;
                    if (task >= 0 && seen[task] != stamp)
                    {
                        seen[task] = stamp;
                        result[i] = folded ? T.Combine(result[i], perTask[task]) : perTask[task];
                        folded = true;
                    }
                }

                hasValue[i] = folded;
            }
            else if (row.TaskIndex >= 0)
            {
                result[i] = hasValue[i] ? T.Combine(result[i], perTask[row.TaskIndex]) : perTask[row.TaskIndex];
                hasValue[i] = true;
            }

            if (row.Parent >= 0 && hasValue[i])
            {
                var parent = row.Parent;
                result[parent] = hasValue[parent] ? T.Combine(result[parent], result[i]) : result[i];
                hasValue[parent] = true;
            }
        }
    }

    /// <summary>
    /// Rows whose subtree holds some task twice: for each repeated task, walk up from each of its rows; the first
    /// ancestor reached twice and everything above it is such a row. Null when no task is repeated.
    /// </summary>
    public static bool[]? DuplicateRows(WbsTree tree)
    {
        var rows = tree.RowSpan;
        using var countsScratch = new Scratch<int>(tree.Tasks.Count, cleared: true);
        var counts = countsScratch.Span;
        foreach (var row in rows)
        {
            if (row.TaskIndex >= 0)
            {
                counts[row.TaskIndex]++;
            }
        }

        var occurrences = new Dictionary<int, List<int>>();
        foreach (var row in rows)
        {
            if (row.TaskIndex >= 0 && counts[row.TaskIndex] > 1)
            {
                if (!occurrences.TryGetValue(row.TaskIndex, out var list))
                {
                    occurrences.Add(row.TaskIndex, list = new List<int>(1));
                }

                list.Add(row.Index);
            }
        }

        bool[]? duplicate = null;
        using var markedScratch = new Scratch<int>(occurrences.Count == 0 ? 0 : rows.Length, cleared: true);
        var markedBy = markedScratch.Span;
        foreach (var (task, taskRows) in occurrences)
        {
            var mark = task + 1;
            foreach (var taskRow in taskRows)
            {
                for (var up = rows[taskRow].Parent; up >= 0; up = rows[up].Parent)
                {
                    if (markedBy[up] != mark)
                    {
                        markedBy[up] = mark;
                        continue;
                    }

                    duplicate ??= new bool[rows.Length];
                    for (var above = up; above >= 0 && !duplicate[above]; above = rows[above].Parent)
                    {
                        duplicate[above] = true;
                    }

                    break;
                }
            }
        }

        return duplicate;
    }
}
