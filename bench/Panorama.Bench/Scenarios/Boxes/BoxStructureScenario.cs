using System.Diagnostics;
using System.Globalization;
using Panorama.Core.Fields;
using Panorama.Core.Grouping;
using Panorama.Core.Reports;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Core.Views;

namespace Panorama.Bench.Scenarios.Boxes;

/// <summary>
/// The Core side of the box-size target (SPEC 5): 100,000 tasks from 3 sites in memory; structure build, one WBS
/// page, full flatten, incremental change, board and report, and memory per task. No storage, no HTTP.
/// </summary>
public sealed class BoxStructureScenario : IBenchScenario
{
    private const int TaskCount = 100_000;
    private const int Seed = 8;

    public string Name => "boxes";

    public string Description => "100,000 tasks from 3 sites: WBS build, page, flatten, memory per task (target: build well under 1 s)";

    public Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var data = new BoxBenchData(Seed);
        var generated = data.Generate(TaskCount);
        var afterTasks = GC.GetTotalMemory(forceFullCollection: true);
        var tasks = TaskSet.Create(generated, data.Directory);
        var afterSet = GC.GetTotalMemory(forceFullCollection: true);
        var jsonBytes = generated.Sum(t => (long)t.NativeFields.Utf8Json.Length);
        generated = null;

        var sites = data.Directory;
        var input = new StructureInput(tasks, data.Links, BoxBenchData.SubBoxes(tasks));
        StructureBuilder[] projectHierarchy = [new ProjectBuilder(), new JiraHierarchyBuilder()];
        StructureBuilder[] withGroup = [new ProjectBuilder(), new JiraHierarchyBuilder(), new GroupByFieldBuilder(BuiltInField.StatusCategory)];
        StructureBuilder[] nativeGroup = [new GroupByFieldBuilder([.. BoxBenchData.Sites.Select(s => FieldRef.Native(s.ConnectionId, "components"))]), new JiraHierarchyBuilder()];
        StructureBuilder[] everything =
        [
            new BoxStructureBuilder(), new ProjectBuilder(), new LinkHierarchyBuilder(BoxBenchData.Sites[1].ConnectionId, "10100", LinkParentSide.From),
            new JiraHierarchyBuilder(), new GroupByFieldBuilder(BuiltInField.StatusCategory),
        ];

        var rows = new List<IReadOnlyList<string>>();
        var tree = Measure(rows, "build: Project + Jira hierarchy", () => WbsBuilder.Build(projectHierarchy, input), t => $"{t.Count:N0} rows");
        var grouped = Measure(rows, "build: Project + Jira hierarchy + group by status category", () => WbsBuilder.Build(withGroup, input), t => $"{t.Count:N0} rows");
        Measure(rows, "build: group by components (native, 3 sites) + Jira hierarchy", () => WbsBuilder.Build(nativeGroup, input), t => $"{t.Count:N0} rows");
        Measure(rows, "build: boxes + project + link + Jira hierarchy + group", () => WbsBuilder.Build(everything, input), t => $"{t.Count:N0} rows");

        var view = DefaultViews.For(Panorama.Core.Boxes.BoxType.Program, sites)[0];
        var aggregates = Measure(rows, "aggregates for the default program view (8 columns)", () => WbsAggregates.Compute(grouped, view.Columns), _ => $"{view.Columns.Count} columns");
        var offset = grouped.Count / 2;
        Measure(rows, "one WBS page of 100 rows (cells + summaries)", () => WbsGrid.Page(aggregates, offset, 100), p => $"{p.Count} rows", repeat: 200);
        Measure(rows, "full flatten: every row with its cells", () => WbsGrid.Page(aggregates, 0, grouped.Count), p => $"{p.Count:N0} rows");

        var changed = Enumerable.Range(0, 10).Select(i => tasks[i * 9_000] with { Summary = "changed", StartDate = new DateOnly(2026, 6, 1) }).ToList();
        Measure(rows, "incremental: 10 changed tasks -> TaskSet.With + rebuild", () =>
        {
            var updated = tasks.With(changed, []);
            return WbsBuilder.Build(withGroup, input with { Tasks = updated });
        }, t => $"{t.Count:N0} rows");
        Measure(rows, "TaskSet.With(10 edits) alone: in place", () => tasks.With(changed, []), s => $"{s.Count:N0} tasks");
        var added = Enumerable.Range(0, 10).Select(i => tasks[i * 9_000] with
        {
            Key = new TaskKey(tasks[i * 9_000].ConnectionId, 5_000_000 + i),
            IssueKey = tasks[i * 9_000].IssueKey + "0",
        }).ToList();
        Measure(rows, "TaskSet.With(10 new tasks) alone: merge", () => tasks.With(added, []), s => $"{s.Count:N0} tasks");
        Measure(rows, "board: group by status (keyed by site + status)", () => Board.Group(tasks, BoardGroupBy.Status), g => $"{g.Count} groups");
        Measure(rows, "report: 100,000 rows as CSV (7 columns)", () => ReportCsv.ToCsv(TaskReport.Build(tasks.Tasks,
            [BuiltInField.Key, BuiltInField.Summary, BuiltInField.Site, BuiltInField.StatusCategory, BuiltInField.StartDate, BuiltInField.EndDate,
             FieldRef.Native(BoxBenchData.Sites[0].ConnectionId, "customfield_10016")], sites).Value), csv => $"{csv.Length / 1024:N0} KiB", repeat: 3);

        var perTask = (afterTasks - before) / (double)TaskCount;
        var setOverhead = (afterSet - afterTasks) / (double)TaskCount;
        report.Table($"Box of {TaskCount:N0} tasks, 3 sites, seed {Seed} (machine shared with other builds: expect noise)",
            ["operation", "median ms", "min ms", "result"], rows);
        report.Table("Memory", ["what", "bytes per task"],
        [
            ["tasks with raw native fields (GC.GetTotalMemory before/after)", perTask.ToString("N0", CultureInfo.InvariantCulture)],
            ["  of which raw fields JSON", (jsonBytes / (double)TaskCount).ToString("N0", CultureInfo.InvariantCulture)],
            ["TaskSet index on top", setOverhead.ToString("N0", CultureInfo.InvariantCulture)],
        ]);

        GC.KeepAlive(tree);
        string Median(string prefix) => rows.First(r => r[0].StartsWith(prefix, StringComparison.Ordinal))[1];
        var build = Median("build: Project + Jira hierarchy + group");
        report.Summary(Name,
            $"build(Project+Jira+group) {build} ms, aggregates {Median("aggregates")} ms, page(100) {Median("one WBS page")} ms, " +
            $"flatten {Median("full flatten")} ms, 10 edits + rebuild {Median("incremental")} ms, {perTask:N0} B/task; " +
            $"target build well under 1000 ms: {(double.Parse(build, CultureInfo.InvariantCulture) < 1000 ? "met" : "MISSED")}");
        return Task.CompletedTask;
    }

    private static T Measure<T>(List<IReadOnlyList<string>> rows, string name, Func<T> action, Func<T, string> describe, int repeat = 7)
    {
        var result = action();
        var samples = new List<double>(repeat);
        for (var i = 0; i < repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            result = action();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        rows.Add([name, Format(BenchReport.Percentile(samples, 50)), Format(samples.Min()), describe(result)]);
        return result;
    }

    private static string Format(double ms) => ms.ToString(ms < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture);
}
