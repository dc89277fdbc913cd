using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Tasks;

public sealed class TaskSetTests
{
    [Fact]
    public void With_ShouldAddReplaceAndRemove_KeepingTheOrderAFullSortGives()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var all = Enumerable.Range(1, 200).Select(i => Make(random.Next(2) == 0 ? TestSites.Alpha : TestSites.Beta, i,
            $"{(random.Next(2) == 0 ? "OPS" : "WEB")}-{random.Next(1, 500)}")).ToList();
        var set = TaskSet.Create(all.Take(150), TestSites.Directory);
        var changed = all.Skip(140).Select(t => t with { Summary = "changed" }).ToList();
        var removed = all.Take(10).Select(t => t.Key).ToList();

        var updated = set.With(changed, removed);

        var expected = TaskSet.Create(all.Skip(10).Take(130).Concat(changed), TestSites.Directory);
        Assert.True(expected.Tasks.SequenceEqual(updated.Tasks), $"seed {seed}");
        Assert.Equal("changed", updated.Find(all[145].Key)!.Summary);
        Assert.Equal(-1, updated.IndexOf(all[0].Key));
    }

    [Fact]
    public void With_ShouldReplaceInPlace_AndMoveATaskWhoseKeyChanged()
    {
        var set = Set(Make(TestSites.Alpha, 1, "OPS-1"), Make(TestSites.Alpha, 2, "OPS-2"), Make(TestSites.Alpha, 3, "OPS-3"));

        var edited = set.With([set[1] with { Summary = "edited" }], []);
        var moved = set.With([set[0] with { IssueKey = "OPS-9" }], []);

        Assert.Equal(["OPS-1", "OPS-2", "OPS-3"], edited.Tasks.Select(t => t.IssueKey));
        Assert.Equal("edited", edited[1].Summary);
        Assert.Equal("Summary of OPS-2", set[1].Summary);
        Assert.Equal(["OPS-2", "OPS-3", "OPS-9"], moved.Tasks.Select(t => t.IssueKey));
        Assert.Equal(2, moved.IndexOf(set[0].Key));
    }

    [Fact]
    public void Create_ShouldRefuseATaskTwice() =>
        Assert.Throws<ArgumentException>(() => Set(Make(TestSites.Alpha, 1, "OPS-1"), Make(TestSites.Alpha, 1, "OPS-1")));
}
